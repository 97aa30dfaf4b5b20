//! E-mail addresses made from a person's name the many ways people do
//! (jan.devries, jdevries, j.de.vries, devries.jan, jan85 …), and phone
//! numbers; both unique to a person unless a household shares them.

use super::person::{Gen, Surname};
use super::phone::{Country, Phone};
use super::spelling::{slug, slug_folded};
use super::Profile;
use crate::Date;

/// What makes two addresses one mailbox: case never matters, a `+tag`
/// is dropped, and Gmail ignores dots.
pub fn mailbox(email: &str) -> String {
    let lower = email.to_lowercase();
    let Some((local, domain)) = lower.rsplit_once('@') else {
        return lower;
    };
    let local = local.split('+').next().unwrap_or(local);
    if domain == "gmail.com" || domain == "googlemail.com" {
        format!("{}@gmail.com", local.replace('.', ""))
    } else {
        format!("{local}@{domain}")
    }
}

impl Gen<'_> {
    /// A domain used where the person lives.
    pub fn domain(&mut self, country: Country) -> &'static str {
        let (domains, weights) = self.t.domains(country);
        domains
            .get(weights.draw(&mut self.rng))
            .copied()
            .unwrap_or("gmail.com")
    }

    /// Registers `email` as taken; false when someone else has it.
    pub fn claim_email(&mut self, email: &str) -> bool {
        self.emails.insert(mailbox(email))
    }

    pub fn email(
        &mut self,
        call: &str,
        surname: &Surname,
        birth: Date,
        country: Country,
    ) -> String {
        let local = self.local_part(call, surname, birth);
        let mut domain = self.domain(country);
        for _ in 0..3 {
            let email = format!("{local}@{domain}");
            if self.claim_email(&email) {
                return email;
            }
            domain = self.domain(country);
        }
        // Taken everywhere: what people do then is add a number.
        (2..)
            .map(|n| format!("{local}{n}@{domain}"))
            .find(|email| self.claim_email(email))
            .unwrap_or_default()
    }

    /// One address for a couple or family: "fam.devries@…", "janenmarie@…".
    pub fn shared_email(
        &mut self,
        first: &str,
        second: &str,
        surname: &Surname,
        country: Country,
    ) -> String {
        let last = slug(&surname.full());
        let dutch = country == Country::Nl;
        let local = match (self.rng.below(3), dutch) {
            (0, true) => format!("fam.{last}"),
            (0, false) => format!("the{last}s"),
            (1, true) => format!("{}en{}", slug(first), slug(second)),
            (1, false) => format!("{}and{}", slug(first), slug(second)),
            _ => format!("{last}{}", if dutch { "thuis" } else { "home" }),
        };
        let domain = self.domain(country);
        (1..)
            .map(|n| match n {
                1 => format!("{local}@{domain}"),
                n => format!("{local}{n}@{domain}"),
            })
            .find(|email| self.claim_email(email))
            .unwrap_or_default()
    }

    fn local_part(&mut self, call: &str, surname: &Surname, birth: Date) -> String {
        // Germans write "mueller" for Müller, others mostly "muller".
        let german = self.t.profile == Profile::International && self.rng.chance(0.5);
        let first = slug_folded(call, german);
        let last = slug_folded(&surname.full(), german);
        let core = surname
            .parts
            .first()
            .map(|(_, n)| slug_folded(n, german))
            .unwrap_or_default();
        let prefix = surname.first_prefix();
        let i = first.chars().next().unwrap_or('x');
        let l = last.chars().next().unwrap_or('x');
        let yy = birth.year() % 100;
        let n = self.rng.between(1, 99);
        match self
            .rng
            .weighted(&[20, 12, 10, 8, 5, 6, 5, 6, 5, 4, 5, 4, 5])
        {
            0 => format!("{first}.{last}"),
            1 => format!("{first}{last}"),
            2 => format!("{i}.{last}"),
            3 => format!("{i}{last}"),
            4 => format!("{first}_{last}"),
            5 if !prefix.is_empty() => format!("{first}.{}.{core}", slug(prefix).replace(' ', ".")),
            5 => format!("{first}-{last}"),
            6 => format!("{first}{yy:02}"),
            7 => format!("{first}.{last}{yy:02}"),
            8 => format!("{last}.{first}"),
            9 => format!("{first}{l}{}", birth.year()),
            // The Dutch "jvdberg": initials of the prefix words.
            10 if !prefix.is_empty() => {
                let initials: String = prefix.split(' ').filter_map(|w| w.chars().next()).collect();
                format!("{i}{}{core}", slug(&initials))
            }
            10 => format!("{i}{last}{yy:02}"),
            11 => format!("{first}{last}{n}"),
            _ => format!("{}{n}", self.rng.word(&self.t.handles)),
        }
    }

    /// A mobile number nobody else has.
    pub fn phone(&mut self, country: Country) -> Phone {
        loop {
            let phone = country.mobile(&mut self.rng);
            if self.phones.insert(phone.key()) {
                return phone;
            }
        }
    }

    /// The country whose number a person of `group` living in `home` has.
    pub fn phone_country(&mut self, group: usize, home: Country) -> Country {
        match self.t.groups[group].phone_abroad {
            Some((abroad, p)) if self.rng.chance(p) => abroad,
            _ => home,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailboxes() {
        assert_eq!(
            mailbox("Jan.Jansen+handen@Gmail.com"),
            "janjansen@gmail.com"
        );
        assert_eq!(mailbox("j.jansen+x@ziggo.nl"), "j.jansen@ziggo.nl");
        assert_eq!(mailbox("geen-adres"), "geen-adres");
    }
}
