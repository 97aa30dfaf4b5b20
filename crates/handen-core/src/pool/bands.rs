//! The coarse categories a pool speaks in.

use crate::code_enum;

code_enum! {
    /// How well someone fits the package itself.
    pub enum FitLevel {
        Now => "now",
        /// Only a short course away.
        AfterCourse => "after_course",
    }
}

code_enum! {
    /// Whether someone offers all the request's dayparts and hours.
    pub enum AvailabilityMatch {
        Full => "full",
        Partial => "partial",
    }
}

code_enum! {
    /// Kilometres between the 4-digit postcode areas, never the postcode.
    pub enum DistanceBand {
        UpTo5 => "0-5",
        UpTo10 => "5-10",
        UpTo25 => "10-25",
        Further => "25+",
    }
}

impl DistanceBand {
    pub fn of(km: u16) -> DistanceBand {
        match km {
            0..=5 => DistanceBand::UpTo5,
            6..=10 => DistanceBand::UpTo10,
            11..=25 => DistanceBand::UpTo25,
            _ => DistanceBand::Further,
        }
    }
}

code_enum! {
    /// An age band instead of a date of birth.
    pub enum AgeBand {
        Under18 => "16-17",
        From18 => "18-24",
        From25 => "25-34",
        From35 => "35-49",
        From50 => "50-66",
        From67 => "67+",
    }
}

impl AgeBand {
    pub fn of(age: i32) -> AgeBand {
        match age {
            ..=17 => AgeBand::Under18,
            18..=24 => AgeBand::From18,
            25..=34 => AgeBand::From25,
            35..=49 => AgeBand::From35,
            50..=66 => AgeBand::From50,
            _ => AgeBand::From67,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_have_edges_where_they_say() {
        assert_eq!(DistanceBand::of(0), DistanceBand::UpTo5);
        assert_eq!(DistanceBand::of(5), DistanceBand::UpTo5);
        assert_eq!(DistanceBand::of(6), DistanceBand::UpTo10);
        assert_eq!(DistanceBand::of(25), DistanceBand::UpTo25);
        assert_eq!(DistanceBand::of(26), DistanceBand::Further);
        assert_eq!(AgeBand::of(16), AgeBand::Under18);
        assert_eq!(AgeBand::of(18), AgeBand::From18);
        assert_eq!(AgeBand::of(66), AgeBand::From50);
        assert_eq!(AgeBand::of(67), AgeBand::From67);
    }
}
