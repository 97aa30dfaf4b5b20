//! The data set the engine was not built on: people in the United Kingdom
//! and Germany with English, German, Polish, Turkish, Moroccan and Indian
//! names. Its call names are deliberately not in `given_names::NICKNAMES`,
//! so a score on this set shows what the engine does without its tables.

pub const ENGLISH_MALE: &str = "James, John, David, Michael, Paul, Andrew, Mark, Richard, Robert, \
     Daniel, Thomas, Christopher, Matthew, Stephen, William, Peter, Oliver, Jack, Harry, George, \
     Joseph, Samuel, Benjamin, Jonathan, Edward, Alexander, Patrick, Liam, Connor, Sean";
pub const ENGLISH_FEMALE: &str = "Sarah, Emma, Claire, Laura, Rebecca, Emily, Sophie, Hannah, \
     Charlotte, Jessica, Lucy, Rachel, Katherine, Elizabeth, Margaret, Victoria, Amy, Olivia, \
     Jennifer, Helen, Susan, Alice, Grace, Chlo\u{eb}, Amelia, Abigail, Siobhan, Niamh, Zo\u{eb}";
pub const ENGLISH_SURNAMES: &str = "Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, \
     Thomas, Johnson, Roberts, Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, \
     Hall, Lewis, Harris, Clarke, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, \
     Moore, Clark, Lee, King, Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, \
     Davis, Parker, Price, Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, \
     Bailey, Collins, Bell, Shaw, Murphy, Miller, Cox, Richards, Marshall, Anderson, Simpson, \
     Ellis, Adams, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Hunt, Campbell, \
     Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, \
     Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, O'Brien, O'Connor, McDonald, MacLeod, \
     Fitzgerald, St John";

pub const GERMAN_MALE: &str = "Thomas, Michael, Andreas, Stefan, Christian, Markus, Frank, \
     J\u{fc}rgen, Klaus, Wolfgang, Peter, Uwe, Alexander, Sebastian, Tobias, Jan, Lukas, Felix, \
     Maximilian, Johannes, Matthias, Florian, Daniel, Dieter, G\u{fc}nter, Bj\u{f6}rn, Jens, Lars";
pub const GERMAN_FEMALE: &str = "Sabine, Petra, Monika, Claudia, Andrea, Susanne, Stefanie, \
     Nicole, Julia, Katharina, Anna, Laura, Lena, Sarah, Christina, Ursula, Gabriele, Birgit, \
     Karin, Heike, Jana, Lea, Sophie, Marie, Jessica, Ines, Anja, Silke";
pub const GERMAN_SURNAMES: &str = "M\u{fc}ller, Schmidt, Schneider, Fischer, Weber, Meyer, \
     Wagner, Becker, Schulz, Hoffmann, Sch\u{e4}fer, Koch, Bauer, Richter, Klein, Wolf, \
     Schr\u{f6}der, Neumann, Schwarz, Zimmermann, Braun, Kr\u{fc}ger, Hofmann, Hartmann, Lange, \
     Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, Schmid, Schulze, Maier, K\u{f6}hler, \
     Herrmann, K\u{f6}nig, Walter, Mayer, Huber, Kaiser, Fuchs, Peters, Lang, Scholz, \
     M\u{f6}ller, Wei\u{df}, Jung, Hahn, Schubert, Vogel, Friedrich, Keller, G\u{fc}nther, Frank, \
     Berger, Winkler, Roth, Beck, Lorenz, Baumann, Franke, Albrecht, Schuster, Simon, Ludwig, \
     B\u{f6}hm, Winter, Kraus, Schumacher, Kr\u{e4}mer, Vogt, Stein, J\u{e4}ger, Otto, Sommer, \
     Gro\u{df}, Seidel, Heinrich, Brandt, Haas, Schreiber, Graf, Schulte, Dietrich, Ziegler, \
     Kuhn, K\u{fc}hn, Pohl, Engel, Horn, Busch, Bergmann, Voigt, Sauer, Arnold, Wolff, \
     Pfeiffer, von Weizs\u{e4}cker";

pub const ENGLISH: super::migrant::Origin = (ENGLISH_MALE, ENGLISH_FEMALE, ENGLISH_SURNAMES);
pub const GERMAN: super::migrant::Origin = (GERMAN_MALE, GERMAN_FEMALE, GERMAN_SURNAMES);

/// English, German and Polish call names; private on purpose (see above).
pub const NICKNAMES: &[(&str, &[&str])] = &[
    ("William", &["Bill", "Will", "Billy", "Liam"]),
    ("Robert", &["Bob", "Rob", "Bobby", "Robbie"]),
    ("Richard", &["Rich", "Rick", "Dick", "Richie"]),
    ("James", &["Jim", "Jimmy", "Jamie"]),
    ("Michael", &["Mike", "Mick", "Micha"]),
    ("Thomas", &["Tom", "Tommy"]),
    ("Christopher", &["Chris", "Kit"]),
    ("Matthew", &["Matt"]),
    ("Daniel", &["Dan", "Danny"]),
    ("Andrew", &["Andy", "Drew"]),
    ("Edward", &["Ed", "Eddie", "Ted", "Ned"]),
    ("Jonathan", &["Jon", "Jonny"]),
    ("Stephen", &["Steve"]),
    ("Joseph", &["Joe", "Joey"]),
    ("Samuel", &["Sam", "Sammy"]),
    ("Benjamin", &["Ben", "Benny"]),
    ("Peter", &["Pete"]),
    ("David", &["Dave", "Davy"]),
    ("Alexander", &["Alex", "Sandy", "Sascha"]),
    ("Patrick", &["Pat", "Paddy"]),
    ("Elizabeth", &["Liz", "Beth", "Lizzie", "Betty", "Eliza"]),
    ("Margaret", &["Maggie", "Peggy", "Meg"]),
    ("Katherine", &["Kate", "Katie", "Kathy"]),
    ("Rebecca", &["Becky", "Becca"]),
    ("Jennifer", &["Jen", "Jenny"]),
    ("Victoria", &["Vicky", "Tori"]),
    ("Susan", &["Sue", "Suzy"]),
    ("Charlotte", &["Charlie", "Lottie"]),
    ("Jessica", &["Jess"]),
    ("Abigail", &["Abby"]),
    ("Johannes", &["Hans", "Jo"]),
    ("Wolfgang", &["Wolf"]),
    ("Katharina", &["Kathi", "Katja"]),
    ("Maximilian", &["Max"]),
    ("Sebastian", &["Basti"]),
    ("Matthias", &["Matze", "Matti"]),
    ("Christian", &["Chris"]),
    ("Tobias", &["Tobi"]),
    ("Stefanie", &["Steffi"]),
    ("Gabriele", &["Gabi"]),
    ("Susanne", &["Susi"]),
    ("Andreas", &["Andi"]),
    ("Ma\u{142}gorzata", &["Gosia", "Ma\u{142}gosia"]),
    ("Katarzyna", &["Kasia", "Ka\u{15b}ka"]),
    ("Aleksandra", &["Ola"]),
    ("Agnieszka", &["Aga"]),
    ("Magdalena", &["Magda"]),
    ("Joanna", &["Asia"]),
    ("Aleksander", &["Olek"]),
    ("Wojciech", &["Wojtek"]),
    ("Krzysztof", &["Krzysiek"]),
    ("Tomasz", &["Tomek"]),
    ("Jakub", &["Kuba"]),
    ("Grzegorz", &["Grzesiek"]),
];

/// (town, another way to write it, outward codes).
pub const UK_PLACES: &[(&str, &str, &str)] = &[
    (
        "London",
        "",
        "E1, E14, N1, N7, NW1, NW3, SE1, SE15, SW1A, SW11, W1D, W2, EC1A, WC2H",
    ),
    ("Manchester", "", "M1, M4, M14, M20"),
    ("Birmingham", "", "B1, B5, B15, B29"),
    ("Leeds", "", "LS1, LS6, LS11"),
    ("Glasgow", "", "G1, G3, G12"),
    ("Edinburgh", "", "EH1, EH3, EH8, EH10"),
    ("Bristol", "", "BS1, BS6, BS8"),
    ("Liverpool", "", "L1, L8, L17"),
    ("Sheffield", "", "S1, S10, S11"),
    ("Newcastle upon Tyne", "Newcastle", "NE1, NE2, NE6"),
    ("Cardiff", "Caerdydd", "CF10, CF11, CF24"),
    ("Nottingham", "", "NG1, NG5, NG7"),
    ("Leicester", "", "LE1, LE2, LE3"),
    ("Oxford", "", "OX1, OX2, OX4"),
    ("Cambridge", "", "CB1, CB2, CB4"),
    ("Brighton", "Brighton and Hove", "BN1, BN2"),
];

/// (town, another way to write it, first and last postcode).
pub const GERMAN_PLACES: &[(&str, &str, u32, u32)] = &[
    ("Berlin", "", 10115, 14199),
    ("Hamburg", "", 20095, 22769),
    ("M\u{fc}nchen", "Munich", 80331, 81929),
    ("K\u{f6}ln", "Cologne", 50667, 51149),
    ("Frankfurt am Main", "Frankfurt", 60306, 60599),
    ("Stuttgart", "", 70173, 70629),
    ("D\u{fc}sseldorf", "Duesseldorf", 40210, 40629),
    ("Dortmund", "", 44135, 44388),
    ("Essen", "", 45127, 45359),
    ("Leipzig", "", 4103, 4357),
    ("Bremen", "", 28195, 28779),
    ("Dresden", "", 1067, 1328),
    ("Hannover", "Hanover", 30159, 30669),
    ("N\u{fc}rnberg", "Nuremberg", 90402, 90491),
];

pub const UK_STREETS: &str = "High Street, Station Road, Church Road, Park Road, Victoria Road, \
     Green Lane, Manor Road, Church Street, Park Avenue, Queens Road, New Road, Grange Road, \
     Kings Road, Albert Road, Mill Lane, London Road, The Crescent, Windsor Road, Highfield Road, \
     St John's Road, Springfield Road, York Road, Richmond Road, Main Street";

pub const GERMAN_STREETS: &str = "Hauptstra\u{df}e, Schulstra\u{df}e, Gartenstra\u{df}e, \
     Bahnhofstra\u{df}e, Dorfstra\u{df}e, Bergstra\u{df}e, Birkenweg, Lindenstra\u{df}e, \
     Kirchstra\u{df}e, Waldstra\u{df}e, Ringstra\u{df}e, Schillerstra\u{df}e, \
     Goethestra\u{df}e, Friedrichstra\u{df}e, Am Markt, Mozartstra\u{df}e, Wiesenweg, \
     Rosenstra\u{df}e, Feldstra\u{df}e, Am Bahnhof, K\u{f6}nigsallee, Uhlandstra\u{df}e";

pub const STREET_SHORT: &[(&str, &str)] = &[
    ("Street", "St"),
    ("Road", "Rd"),
    ("Avenue", "Ave"),
    ("Lane", "Ln"),
    ("stra\u{df}e", "str."),
    ("Stra\u{df}e", "Str."),
    ("stra\u{df}e", "strasse"),
];

/// (domain, weight, country where it is used: "" for everywhere).
pub const DOMAINS: &[(&str, u32, &str)] = &[
    ("gmail.com", 35, ""),
    ("outlook.com", 10, ""),
    ("icloud.com", 6, ""),
    ("yahoo.com", 4, ""),
    ("hotmail.co.uk", 10, "uk"),
    ("yahoo.co.uk", 4, "uk"),
    ("btinternet.com", 5, "uk"),
    ("sky.com", 3, "uk"),
    ("gmx.de", 10, "de"),
    ("web.de", 10, "de"),
    ("t-online.de", 6, "de"),
];

pub const HANDLES: &str = "sunshine, footyfan, catlover, stargazer, bluebird, gardener, \
     bookworm, runner, skywalker, musiclover, sonnenschein, fussballfan, wanderer";

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// strftime-like; the first is the data set's own.
pub const DATE_FORMATS: &[&str] = &[
    "%m/%d/%Y",
    "%-m/%-d/%Y",
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%B %-d, %Y",
    "%-d %B %Y",
    "%m-%d-%Y",
];

pub const COMMON_NAMES: &[(&str, &str, bool)] = &[
    ("John", "Smith", false),
    ("David", "Jones", false),
    ("Thomas", "M\u{fc}ller", false),
    ("Michael", "Schmidt", false),
    ("Mehmet", "Y\u{131}lmaz", false),
    ("Sarah", "Smith", true),
    ("Anna", "Nowak", true),
    ("Priya", "Patel", true),
    ("Julia", "Schmidt", true),
];
