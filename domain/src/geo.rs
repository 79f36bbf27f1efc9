//! Places on the globe: coordinates, great-circle distance and the Erasmus+ distance bands.
use crate::error::FieldError;

/// The mean Earth radius the Erasmus+ distance calculator uses.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// A latitude and longitude in degrees, both in range and finite.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coordinates {
    latitude: f64,
    longitude: f64,
}

impl Coordinates {
    /// `field` names the pair, e.g. `input.coordinates`; errors name `.latitude`/`.longitude`.
    pub fn parse(field: &str, latitude: f64, longitude: f64) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        if !latitude.is_finite() || !(-90.0..=90.0).contains(&latitude) {
            errors.push(FieldError::new(
                format!("{field}.latitude"),
                "out_of_range",
                "must be between -90 and 90",
            ));
        }
        if !longitude.is_finite() || !(-180.0..=180.0).contains(&longitude) {
            errors.push(FieldError::new(
                format!("{field}.longitude"),
                "out_of_range",
                "must be between -180 and 180",
            ));
        }
        if errors.is_empty() {
            Ok(Self {
                latitude,
                longitude,
            })
        } else {
            Err(errors)
        }
    }

    /// For values read back from the database, which a CHECK constraint keeps in range.
    pub fn from_stored(latitude: f64, longitude: f64) -> Self {
        Self {
            latitude,
            longitude,
        }
    }

    pub fn latitude(self) -> f64 {
        self.latitude
    }

    pub fn longitude(self) -> f64 {
        self.longitude
    }

    /// Great-circle distance in km (haversine on a sphere of [`EARTH_RADIUS_KM`]).
    pub fn distance_km(self, other: Self) -> f64 {
        let (lat1, lat2) = (self.latitude.to_radians(), other.latitude.to_radians());
        let dlat = lat2 - lat1;
        let dlon = (other.longitude - self.longitude).to_radians();
        let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
    }

    /// The distance as the Commission's distance calculator shows it: the great-circle
    /// distance rounded to whole kilometres. Bands and band-edge warnings are judged on it.
    pub fn whole_km(self, other: Self) -> i32 {
        whole_km(self.distance_km(other))
    }
}

/// Kilometres as the Commission's distance calculator shows them: rounded to whole ones.
pub fn whole_km(km: f64) -> i32 {
    km.round() as i32
}

/// The Erasmus+ travel distance bands, chosen from the one-way distance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DistanceBand {
    Under10,
    From10To99,
    From100To499,
    From500To1999,
    From2000To2999,
    From3000To3999,
    From4000To7999,
    From8000,
}

/// Where one band ends and the next begins, in km.
pub const BAND_EDGES_KM: [i32; 7] = [10, 100, 500, 2000, 3000, 4000, 8000];

/// A distance this close to a band edge should be checked with the official calculator.
pub const BAND_EDGE_MARGIN_KM: i32 = 5;

impl DistanceBand {
    pub const ALL: [DistanceBand; 8] = [
        Self::Under10,
        Self::From10To99,
        Self::From100To499,
        Self::From500To1999,
        Self::From2000To2999,
        Self::From3000To3999,
        Self::From4000To7999,
        Self::From8000,
    ];

    /// The band of a distance in whole kilometres ([`Coordinates::whole_km`]).
    pub fn for_distance(km: i32) -> Self {
        let index = BAND_EDGES_KM.iter().take_while(|edge| km >= **edge).count();
        Self::ALL[index]
    }

    /// The first and, but for the last band, the last whole kilometre of the band.
    pub fn range_km(self) -> (i64, Option<i64>) {
        let index = Self::ALL
            .iter()
            .position(|band| *band == self)
            .expect("every band is in ALL");
        let from = index
            .checked_sub(1)
            .map_or(0, |edge| i64::from(BAND_EDGES_KM[edge]));
        let to = BAND_EDGES_KM.get(index).map(|edge| i64::from(*edge) - 1);
        (from, to)
    }

    /// The band as the programme guide writes it, e.g. "500–1999 km".
    pub fn label(self) -> &'static str {
        match self {
            Self::Under10 => "0–9 km",
            Self::From10To99 => "10–99 km",
            Self::From100To499 => "100–499 km",
            Self::From500To1999 => "500–1999 km",
            Self::From2000To2999 => "2000–2999 km",
            Self::From3000To3999 => "3000–3999 km",
            Self::From4000To7999 => "4000–7999 km",
            Self::From8000 => "8000 km and more",
        }
    }
}

/// Whether `km` (whole kilometres) lies within [`BAND_EDGE_MARGIN_KM`] of a band edge, the
/// margin included.
pub fn near_band_edge(km: i32) -> bool {
    BAND_EDGES_KM
        .iter()
        .any(|edge| (km - edge).abs() <= BAND_EDGE_MARGIN_KM)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> Coordinates {
        Coordinates::parse("c", lat, lon).unwrap()
    }

    #[test]
    fn praha_to_tromso_matches_the_commission_calculator() {
        let praha = at(50.0755, 14.4378);
        let tromso = at(69.6492, 18.9553);
        let km = praha.whole_km(tromso);
        assert!((km - 2188).abs() <= 5, "{km}");
        assert_eq!(DistanceBand::for_distance(km), DistanceBand::From2000To2999);
    }

    #[test]
    fn distance_is_symmetric_and_zero_to_itself() {
        let jonkoping = at(57.7826, 14.1618);
        let bodo = at(67.2804, 14.4049);
        assert_eq!(jonkoping.distance_km(bodo), bodo.distance_km(jonkoping));
        assert_eq!(jonkoping.distance_km(jonkoping), 0.0);
        // Antipodes: half the circumference.
        let half = at(0.0, 0.0).distance_km(at(0.0, 180.0));
        assert!((half - std::f64::consts::PI * EARTH_RADIUS_KM).abs() < 1e-6);
    }

    #[test]
    fn bands_and_edges() {
        let cases = [
            (0, DistanceBand::Under10),
            (9, DistanceBand::Under10),
            (10, DistanceBand::From10To99),
            (99, DistanceBand::From10To99),
            (100, DistanceBand::From100To499),
            (1999, DistanceBand::From500To1999),
            (2000, DistanceBand::From2000To2999),
            (3500, DistanceBand::From3000To3999),
            (7999, DistanceBand::From4000To7999),
            (8000, DistanceBand::From8000),
            (19000, DistanceBand::From8000),
        ];
        for (km, band) in cases {
            assert_eq!(DistanceBand::for_distance(km), band, "{km}");
        }
        for (km, near) in [
            (494, false),
            (495, true),
            (496, true),
            (505, true),
            (506, false),
            (2004, true),
            (1000, false),
        ] {
            assert_eq!(near_band_edge(km), near, "{km}");
        }
    }

    #[test]
    fn out_of_range_coordinates_name_the_field() {
        let errors = Coordinates::parse("input.coordinates", 91.0, -181.0).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["input.coordinates.latitude", "input.coordinates.longitude"]
        );
        assert!(Coordinates::parse("c", f64::NAN, 0.0).is_err());
        assert!(Coordinates::parse("c", -90.0, 180.0).is_ok());
    }
}
