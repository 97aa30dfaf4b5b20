//! Names, places and habits of people in the Netherlands. Lists are
//! comma-separated text, most common first: a draw weighs each entry by its
//! rank, which gives the skew real name lists have (many de Jongs, few
//! Hoëlschers) without a frequency per entry.

/// Given names of men born before 1966, 1966–1985 and from 1986. Official
/// names with call names in `NICKNAMES` (Johannes, Cornelis …) mostly sign
/// up with a call name; the rest sign up as written.
pub const MALE: [&str; 3] = [
    "Johannes, Cornelis, Hendrik, Jan, Jacobus, Petrus, Gerardus, Wilhelmus, Adrianus, Antonius, \
     Willem, Pieter, Theodorus, Franciscus, Gerrit, Dirk, Josephus, Hermanus, Nicolaas, Jacob, \
     Bernardus, Albertus, Klaas, Lambertus, Hubertus, Martinus, Marinus, Arnoldus, Leonardus, \
     Frederik, Rudolf, Roelof, Reinier, Eduard, Carolus, Everhardus, Gijsbertus, Stephanus, \
     Ludovicus, Leendert, Hendrikus, Gerhardus, Jozef, Abraham, Mattheus, Harm, Sjoerd, Tjeerd, \
     Wiebe, Bartholomeus, Teunis, Aart, Evert, Gerard, Henk, André, René",
    "Mark, Johannes, Dennis, Patrick, Marco, Richard, Erik, Martin, Robert, Peter, Michel, Jeroen, \
     Cornelis, Edwin, Sander, Arjan, Marcel, Ronald, Paul, Frank, René, Hendrik, Wouter, Maarten, \
     Niels, Jasper, Joost, Petrus, Remco, Vincent, Bart, Rob, Danny, Johan, Jan, Erwin, Gerardus, \
     Jacobus, Hans, Stefan, Bas, André, Wilhelmus, Antonius, Franciscus, Theodorus, Adrianus, \
     Nicolaas, Alexander, Christiaan, Raymond, Ruud, Ferry, Menno, Sjoerd, Wim",
    "Daan, Sem, Thomas, Lucas, Milan, Tim, Levi, Thijs, Jesse, Bram, Lars, Ruben, Stijn, Niels, \
     Luuk, Sven, Max, Jasper, Joris, Koen, Rick, Kevin, Dennis, Mike, Bas, Jelle, Wouter, Tom, \
     Nick, Robin, Gijs, Sander, Jeroen, Noah, Finn, Julian, Tijn, Sebastiaan, Alexander, \
     Christiaan, Matthijs, Maximiliaan, Benjamin, Johannes, Willem, Samuel, Mees, Teun, Siem, \
     Hidde, Wessel, Dani\u{eb}l, No\u{eb}l",
];

pub const FEMALE: [&str; 3] = [
    "Maria, Johanna, Wilhelmina, Cornelia, Elisabeth, Catharina, Hendrika, Adriana, Anna, \
     Geertruida, Margaretha, Petronella, Jacoba, Gerarda, Antonia, Theodora, Francisca, \
     Josephina, Helena, Susanna, Theresia, Alida, Aleida, Hillegonda, Hermina, Christina, \
     Dorothea, Gerdina, Frederika, Engelina, Carolina, Grietje, Trijntje, Aaltje, Jantje, \
     Geesje, Ineke, Gerda, Tineke, Anneke, Marijke",
    "Linda, Maria, Sandra, Monique, Patricia, Ingrid, Marieke, Esther, Petra, Anja, Wendy, \
     Johanna, Kim, Marloes, Saskia, Miranda, Jolanda, Mirjam, Nicole, Karin, Ilse, Chantal, \
     Elisabeth, Marjolein, Annemieke, Ellen, Bianca, Natasja, Dani\u{eb}lle, Catharina, Anouk, \
     Eline, Mariska, Judith, Manon, Ren\u{e9}e, Yvonne, Simone, Astrid, Annemarie, Wilhelmina, \
     Cornelia, Anna, Margaretha, Helena, Susanna, Marja, Els",
    "Emma, Julia, Sophie, Lotte, Sanne, Lisa, Anna, Eva, Sara, Fleur, Iris, Anouk, Lieke, Femke, \
     Esmee, Isa, Noa, Tess, Zo\u{eb}, Mila, Lynn, Evi, Britt, Roos, Demi, Naomi, Romy, Maud, \
     Nina, Floor, Lara, Sarah, Amber, Kim, Manon, Laura, Charlotte, Elisabeth, Catharina, \
     Susanna, Johanna, Alexandra, Chlo\u{eb}, No\u{eb}lle, Ana\u{ef}s, Merel, Jasmijn, Marijn, Rosalie",
];

/// Dutch surnames by frequency (after the Meertens Instituut's counts),
/// prefix included: "van den Berg" is drawn as prefix "van den", name "Berg".
pub const SURNAMES: &str = "\
de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, \
de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, \
Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, \
van den Heuvel, van der Veen, van den Broek, de Bruijn, de Bruin, van der Heijden, Schouten, \
van Beek, Willems, van Vliet, van de Ven, Hoekstra, Maas, Verhoeven, Koster, van Dam, \
van der Wal, Prins, Blom, Huisman, Peeters, de Jonge, Kuipers, van Veen, Post, Kuiper, \
Veenstra, Kramer, van den Brink, Scholten, van Wijk, Postma, Martens, Vink, de Ruiter, \
Timmermans, Groen, Gerritsen, Jonker, van Loon, Boer, van der Velde, Willemsen, Smeets, \
de Lange, de Vos, Bosch, van Dongen, Schipper, de Koning, van der Laan, Koning, \
van der Velden, Driessen, van Doorn, Hermans, Evers, van den Bosch, van der Meulen, Hofman, \
Bosman, Wolters, Sanders, van der Horst, Mol, Kuijpers, Molenaar, van de Pol, de Leeuw, \
Verbeek, Vermeer, Hoek, Verschuren, Boersma, Lammers, van Es, Verbruggen, Aarts, van Rijn, \
Claassen, Wijnen, Dijkman, Gerrits, Beekman, Verhagen, Mertens, Wouters, Kroon, Brink, \
Hoogendoorn, Kooijman, Westerhof, Zwart, Pronk, Oosterhuis, Ruiter, Veldhuis, Wagenaar, \
Teunissen, van Wijngaarden, van der Zee, van Rooij, van Rossum, Bruins, Groenewegen, Tromp, \
van Vugt, Stam, Fransen, Geerts, Hendrickx, Ros, van Gils, Bouwman, Koopman, Schoenmaker, \
Kamphuis, Heijnen, van Ginkel, Biesheuvel, van Noort, Roos, Mulders, Bouma, Zijlstra, \
Jongsma, Haverkamp, Meijering, Rutten, Coenen, Hendrix, Hoekman, Boon, van Hout, Moerman, \
van Hoof, de Wilde, Heemskerk, Bakx, van Schaik, Wiersma, Sijbesma, Hiemstra, \
Terpstra, Bosma, Hofstra, van Zanten, van Amersfoort, Nijhuis, Smulders, Verweij, \
van Kampen, Huijbregts, van der Sluis, Keijzer, Mostert, Rijnders, Dirksen, \
Ottens, Pauw, Faber, Groot, Loos, van Kessel, Bruinsma, van Zuilen, van der Ploeg, \
Steenbergen, van den Hoek, Kersten, van der Pol, Blokland, Lems, Spijker, van Oosten, \
Vonk, Hamers, Lubbers, Verhoef, de Kok, Lemmens, van Duin, Oudshoorn, Veenhuizen, \
Dekkers, Kruijt, Brinkman, van Eijk, Klomp, Wijnands, Luijten, Maassen, Derks, Schreurs, \
Heuvelmans, van Rooijen, Sluiter, Koenders, Huizinga, Kuperus, Reitsma, Bijl, \
Tuinman, van 't Hof, in 't Veld, van 't Veer, van der Zwaan, Verkerk, Langeveld, \
Dani\u{eb}ls, Ho\u{eb}lscher, Ru\u{ef}z, Michi\u{eb}ls, No\u{eb}, Bo\u{eb}seken";

/// The long tail: places and features ("Hoog" + "veld"), sometimes with a
/// prefix, so that most surnames are rare, as in real lists.
pub const TAIL_HEADS: &str = "\
Hoog, Wester, Ooster, Zuider, Noorder, Klein, Groot, Brink, Veld, Kamp, Hof, Dijk, Meer, \
Water, Linde, Eik, Haver, Rog, Molen, Kerk, Steen, Zand, Heuvel, Ven, Wout, Berk, Wilg, Bosch, \
Horst, Kooi, Schaap, Koe, Hooi, Riet, Veen, Beek, Laar, Mast, Dam, Sloot, Akker, Wei, Blauw, \
Wit, Rood, Groen, Zwart, Lange, Korte, Nieuw, Oud, Holt, Hulst, Els, IJssel, Rijn, Maas, Vliet";

pub const TAIL_ENDS: &str = "\
man, sma, stra, ink, ing, huis, kamp, veld, berg, dijk, hof, broek, horst, meijer, land, \
hout, beek, schot, stee, ers, ens, inga, enga, boom, mans, weg, straten, dorp, zicht, laar, \
voort, brugge, haar, kate, lo, wijk, burg, rade, schate, meulen";

pub const TAIL_PREFIXES: &str = "van, van de, van der, van den, ter, ten, de, van 't, op de";

/// 4-digit postcode ranges of towns: (town, another way to write it, first
/// code, last code). Draws weigh a town by the codes that exist in it.
pub const PLACES: &[(&str, &str, u16, u16)] = &[
    ("Amsterdam", "", 1011, 1109),
    ("Diemen", "", 1111, 1115),
    ("Amstelveen", "", 1181, 1189),
    ("Hilversum", "", 1211, 1223),
    ("Almere", "", 1311, 1364),
    ("Bussum", "", 1401, 1406),
    ("Zaandam", "", 1501, 1509),
    ("Hoorn", "", 1621, 1628),
    ("Alkmaar", "", 1811, 1824),
    ("Beverwijk", "", 1941, 1951),
    ("Haarlem", "", 2011, 2037),
    ("Hoofddorp", "", 2131, 2135),
    ("Leiden", "", 2311, 2334),
    ("Alphen aan den Rijn", "Alphen a/d Rijn", 2401, 2408),
    ("Den Haag", "'s-Gravenhage", 2491, 2599),
    ("Delft", "", 2611, 2629),
    ("Zoetermeer", "", 2711, 2729),
    ("Gouda", "", 2801, 2809),
    ("Capelle aan den IJssel", "Capelle a/d IJssel", 2901, 2909),
    ("Rotterdam", "", 3011, 3089),
    ("Schiedam", "", 3111, 3125),
    ("Vlaardingen", "", 3131, 3138),
    ("Dordrecht", "", 3311, 3319),
    ("Nieuwegein", "", 3431, 3439),
    ("Utrecht", "", 3511, 3585),
    ("Amersfoort", "", 3811, 3829),
    ("Middelburg", "", 4331, 4341),
    ("Vlissingen", "", 4381, 4389),
    ("Breda", "", 4811, 4839),
    ("Tilburg", "", 5011, 5049),
    ("'s-Hertogenbosch", "Den Bosch", 5211, 5237),
    ("Eindhoven", "", 5611, 5658),
    ("Helmond", "", 5701, 5709),
    ("Venlo", "", 5911, 5928),
    ("Sittard", "", 6131, 6137),
    ("Maastricht", "", 6211, 6229),
    ("Heerlen", "", 6411, 6419),
    ("Nijmegen", "", 6511, 6546),
    ("Wageningen", "", 6701, 6709),
    ("Ede", "", 6711, 6718),
    ("Arnhem", "", 6811, 6846),
    ("Apeldoorn", "", 7311, 7339),
    ("Deventer", "", 7411, 7419),
    ("Enschede", "", 7511, 7548),
    ("Hengelo", "", 7551, 7559),
    ("Emmen", "", 7811, 7828),
    ("Zwolle", "", 8011, 8049),
    ("Lelystad", "", 8211, 8226),
    ("Leeuwarden", "Ljouwert", 8911, 8939),
    ("Assen", "", 9401, 9409),
    ("Groningen", "", 9711, 9747),
];

pub const STREETS: &str = "\
Kerkstraat, Schoolstraat, Molenstraat, Dorpsstraat, Hoofdstraat, Stationsweg, Julianastraat, \
Beatrixstraat, Wilhelminastraat, Oranjestraat, Nieuwstraat, Marktstraat, Eikenlaan, \
Beukenlaan, Lindenlaan, Kastanjelaan, Prins Bernhardstraat, Prinses Irenestraat, Parallelweg, \
Industrieweg, Tulpstraat, Rozenstraat, Sportlaan, Emmastraat, Dorpsweg, Molenweg, \
Meidoornstraat, Vondelstraat, Rembrandtlaan, Vincent van Goghstraat, Burgemeester de Withstraat, \
Willem de Zwijgerlaan, Koningin Julianalaan, Jan Steenstraat, Frans Halsstraat, Merelstraat, \
Voorstraat, Achterstraat, Havenstraat, Kanaalweg, Bosweg, Heideweg, Veldweg, Kampstraat, \
Brinkstraat, Spoorstraat, Zandweg, Dijkstraat, Noordeinde, Zuidsingel, Oude Gracht, \
Johan de Wittlaan, Tesselschadestraat, Van Ostadestraat, Pr. Hendrikkade, Populierenlaan, \
Berkenlaan, Esdoornlaan, Lijsterbeslaan, Vogelzang, Zonnebloemstraat, Goudsbloemlaan, \
IJsselstraat, Rijnlaan, Maasstraat, Waalstraat, Gr\u{e9}bbeberglaan, Ruysdaelkade";

/// How people shorten Dutch street names.
pub const STREET_SHORT: &[(&str, &str)] = &[
    ("straat", "str."),
    ("laan", "ln"),
    ("Burgemeester ", "Burg. "),
    ("Koningin ", "Kon. "),
    ("Prinses ", "Pr. "),
    ("Prins ", "Pr. "),
    ("weg", "wg."),
    ("kade", "kd"),
];

/// (domain, weight): where Dutch volunteers have their mail.
pub const DOMAINS: &[(&str, u32)] = &[
    ("gmail.com", 30),
    ("hotmail.com", 18),
    ("outlook.com", 9),
    ("ziggo.nl", 8),
    ("kpnmail.nl", 6),
    ("live.nl", 6),
    ("icloud.com", 6),
    ("xs4all.nl", 3),
    ("hotmail.nl", 3),
    ("home.nl", 3),
    ("planet.nl", 2),
    ("yahoo.com", 3),
    ("upcmail.nl", 1),
    ("hetnet.nl", 1),
    ("caiway.nl", 1),
];

/// Words people use as e-mail names instead of their own name.
pub const HANDLES: &str = "zonnetje, voetbalfan, kattenmens, sterretje, bloemetje, \
     tulp, fietser, zeilster, hockeymeid, muziekliefhebber, oranjefan, tuinier, duiker, \
     boekenwurm, wandelaar, zwemmer";

pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// strftime-like: the first is how the data set writes birth dates; the
/// rest are how people write them when asked in a free text field.
pub const DATE_FORMATS: &[&str] = &[
    "%d-%m-%Y",
    "%d/%m/%Y",
    "%-d-%-m-%Y",
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%-d %B %Y",
    "%d%m%Y",
];

/// (given name, surname, female): names shared by many unrelated people.
pub const COMMON_NAMES: &[(&str, &str, bool)] = &[
    ("Jan", "de Jong", false),
    ("Peter", "de Vries", false),
    ("Kees", "Bakker", false),
    ("Henk", "Visser", false),
    ("Mark", "de Jong", false),
    ("Thomas", "Bakker", false),
    ("Mohamed", "El Amrani", false),
    ("Maria", "Jansen", true),
    ("Anna", "de Boer", true),
    ("Linda", "de Jong", true),
    ("Sandra", "Jansen", true),
    ("Lisa", "Visser", true),
    ("Emma", "de Vries", true),
];
