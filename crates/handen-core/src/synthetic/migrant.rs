//! Names of families with roots in Turkey, Morocco, Suriname, the Moluccas,
//! Poland and India: common in the Netherlands and in the international
//! set alike. Comma-separated, most common first (see `dutch.rs`).

pub const TURKISH_MALE: &str = "Mehmet, Mustafa, Ahmet, Ali, H\u{fc}seyin, Hasan, \u{130}brahim, \
     Murat, Emre, Yusuf, Burak, Kerem, \u{d6}mer, Osman, Serkan, Hakan, Erkan, Volkan, Onur, Kaan";
pub const TURKISH_FEMALE: &str = "Ay\u{15f}e, Fatma, Emine, Hatice, Zeynep, Elif, Merve, \
     B\u{fc}\u{15f}ra, \u{d6}zlem, H\u{fc}lya, Esra, Derya, Sevgi, G\u{fc}l, Song\u{fc}l, Selin, \
     Ebru, Tuba, Dilek, Yasemin";
pub const TURKISH_SURNAMES: &str = "Y\u{131}lmaz, Kaya, Demir, \u{15e}ahin, \u{c7}elik, \
     Y\u{131}ld\u{131}z, Y\u{131}ld\u{131}r\u{131}m, \u{d6}zt\u{fc}rk, Ayd\u{131}n, \u{d6}zdemir, \
     Arslan, Do\u{11f}an, K\u{131}l\u{131}\u{e7}, Aslan, \u{c7}etin, Kara, Ko\u{e7}, Kurt, \
     \u{d6}zkan, \u{15e}im\u{15f}ek, Polat, Korkmaz, Karaca, Erdo\u{11f}an, G\u{fc}ne\u{15f}, \
     G\u{f6}k\u{e7}e, Bulut, Ta\u{15f}, Akta\u{15f}, Ko\u{e7}ak";

pub const MOROCCAN_MALE: &str = "Mohamed, Ahmed, Mustafa, Said, Youssef, Abdelkader, Hamza, \
     Bilal, Ayoub, Karim, Rachid, Hassan, Khalid, Omar, Ilias, Anass, Soufiane, Nordin, Driss, \
     Brahim";
pub const MOROCCAN_FEMALE: &str = "Fatima, Khadija, Naima, Nadia, Samira, Malika, Zineb, Hafsa, \
     Salma, Imane, Yasmina, Latifa, Houda, Sara, Aicha, Meryem, Najat, Loubna, Hanan, Ikram";
pub const MOROCCAN_SURNAMES: &str = "El Amrani, Bouzid, Benali, El Idrissi, Amrani, Tahiri, \
     Ouali, Haddou, El Khattabi, Bakkali, Azzouzi, Boukhari, Aarab, El Hamdaoui, Ait Ali, \
     Boulahrouz, Chaouch, Ziani, Mansouri, Belhaj, Achahbar, El Ouali, Amhaouch, Bouchtaoui, \
     Ben Haddou, El Moussaoui, Zaher, Lamrani";

pub const SURINAMESE_MALE: &str = "Ravi, Anil, Sunil, Radjesh, Dinesh, Ricardo, Romano, Clarence, \
     Glenn, Humphrey, Sergio, Kenneth, Steven, Roy, Orlando, Marvin, Ashwin, Rakesh";
pub const SURINAMESE_FEMALE: &str = "Sharmila, Anita, Soenita, Rachna, Shanti, Priya, Natasha, \
     Gracia, Jennifer, Marcella, Melissa, Shirley, Sheila, Chandra, Kiran, Romy";
pub const SURINAMESE_SURNAMES: &str = "Ramdin, Ramsaran, Jagessar, Mahabier, Ramcharan, Sewnath, \
     Bhagwandin, Kalloe, Soekhoe, Biharie, Kromosoeto, Sarmo, Pinas, Doelwijt, Fernandes, \
     Sedney, Kross, Wijngaarde, Brunings, Sabajo, Kartosen, Soerodimedjo, Karijo, Ramautar, \
     Mangroelal";

/// Moluccan and Indo families mostly have Dutch given names.
pub const MOLUCCAN_SURNAMES: &str = "Latuheru, Pattiasina, Sahetapy, Tuhumury, Wattimena, \
     Siahaya, Pattipeilohy, Lewerissa, Tahapary, Nanlohy, Manuhutu, Sopacua, Soplanit, \
     Tanasale, Matulessy, Rumahlatu, Pelupessy, Huwae";

pub const POLISH_MALE: &str = "Piotr, Krzysztof, Tomasz, Pawe\u{142}, Micha\u{142}, Marcin, \
     \u{141}ukasz, Jakub, Kamil, Mateusz, Grzegorz, Andrzej, Marek, Dariusz, Adam, Wojciech, \
     Aleksander, Bartosz, Szymon, Rafa\u{142}";
pub const POLISH_FEMALE: &str = "Anna, Katarzyna, Agnieszka, Ma\u{142}gorzata, Joanna, Magdalena, \
     Monika, Ewa, Aleksandra, Natalia, Karolina, Justyna, Marta, Beata, Dorota, Barbara, \
     El\u{17c}bieta, Paulina, Zofia, Weronika";
/// Masculine forms; women take `feminine`.
pub const POLISH_SURNAMES: &str = "Nowak, Kowalski, Wi\u{15b}niewski, W\u{f3}jcik, Kowalczyk, \
     Kami\u{144}ski, Lewandowski, Zieli\u{144}ski, Szyma\u{144}ski, Wo\u{17a}niak, \
     D\u{105}browski, Koz\u{142}owski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, \
     Grabowski, Nowakowski, Paw\u{142}owski, Michalski, Kr\u{f3}l, Wieczorek, Jab\u{142}o\u{144}ski, \
     Wr\u{f3}bel, Zaj\u{105}c, Wr\u{f3}blewski, Sadowski";

pub const INDIAN_MALE: &str = "Rahul, Amit, Rajesh, Sanjay, Vikram, Arjun, Rohan, Suresh, Anil, \
     Deepak, Manoj, Ravi, Aditya, Karan, Nikhil, Pradeep, Vijay, Sunil, Arun, Harish";
pub const INDIAN_FEMALE: &str = "Priya, Pooja, Anjali, Neha, Divya, Sunita, Kavita, Deepa, \
     Lakshmi, Aishwarya, Shreya, Ananya, Meera, Swati, Rekha, Nisha, Asha, Radha, Sneha, Kavya";
pub const INDIAN_SURNAMES: &str = "Patel, Sharma, Singh, Kumar, Gupta, Shah, Reddy, Iyer, Nair, \
     Das, Rao, Mehta, Joshi, Verma, Agarwal, Chopra, Malhotra, Bhat, Pillai, Menon, Desai, \
     Kapoor, Chatterjee, Banerjee, Mukherjee, Krishnan, Subramanian";

/// (men's given names, women's given names, surnames) of one origin.
pub type Origin = (&'static str, &'static str, &'static str);

pub const TURKISH: Origin = (TURKISH_MALE, TURKISH_FEMALE, TURKISH_SURNAMES);
pub const MOROCCAN: Origin = (MOROCCAN_MALE, MOROCCAN_FEMALE, MOROCCAN_SURNAMES);
pub const SURINAMESE: Origin = (SURINAMESE_MALE, SURINAMESE_FEMALE, SURINAMESE_SURNAMES);
pub const POLISH: Origin = (POLISH_MALE, POLISH_FEMALE, POLISH_SURNAMES);
pub const INDIAN: Origin = (INDIAN_MALE, INDIAN_FEMALE, INDIAN_SURNAMES);

/// Polish surnames agree with gender: Kowalski, Kowalska.
pub fn feminine(surname: &str) -> String {
    for (male, female) in [("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")] {
        if let Some(stem) = surname.strip_suffix(male) {
            return format!("{stem}{female}");
        }
    }
    surname.to_owned()
}

/// Transliterations of one name: the same person writes "Mohamed" on one
/// form and "Mohammed" on the next. Each row is one name.
pub const SPELLINGS: &[&[&str]] = &[
    &["Mohamed", "Mohammed", "Mohammad", "Muhammed"],
    &["Youssef", "Yousef", "Youssouf", "Yusuf"],
    &["Said", "Sa\u{ef}d", "Saaid"],
    &["Abdelkader", "Abdel Kader", "Abdelkadir"],
    &["Khadija", "Khadidja", "Khadijah"],
    &["Aicha", "A\u{ef}cha", "Aisha"],
    &["Meryem", "Meriem", "Maryam"],
    &["Hamza", "Hamzah"],
    &["Ilias", "Ilyas", "Elias"],
    &["Rachid", "Rashid", "Rachied"],
    &["Naima", "Na\u{ef}ma"],
    &["Ahmed", "Ahmad"],
    &["Mehmet", "Mehmed"],
    &["H\u{fc}seyin", "Huseyin", "H\u{fc}ssein"],
    &["El Amrani", "Elamrani", "el-Amrani"],
    &["Benali", "Ben Ali"],
    &["El Idrissi", "Elidrissi", "Idrissi"],
    &["Ait Ali", "A\u{ef}t Ali", "Aitali"],
    &["El Khattabi", "Elkhattabi", "Khattabi"],
    &["Ben Haddou", "Benhaddou"],
    &["Radjesh", "Rajesh"],
    &["Soenita", "Sunita"],
    &["Soekhoe", "Sukhu"],
    &["Jagessar", "Jaggesar"],
    &["Mahabier", "Mahabir"],
];
