//! Types too complex to spell where they are used get a name. Clippy's
//! `type_complexity` (on by default) scores each type written in a signature
//! or a field: ten points for each path, slice or tuple, times how deeply it
//! is nested, one for a reference; above 250 it warns. An inline schema of
//! maps of lists of maps reaches that, the more so inside the
//! `Result<Option<ResponseValue<T>>, Error<E>>` a page walker returns. Such a
//! type is named once, `pub type {Hint} = …;`, and used by that name.

use super::Lowerer;
use crate::diag::Pointer;
use crate::ir::{DateLibrary, Docs, Prim, Ty, TypeKind};

/// Clippy's default `type-complexity-threshold`: a score above it warns.
const THRESHOLD: u32 = 250;

/// Where a type is written, which decides what surrounds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// A struct field or an enum variant's payload.
    Field,
    /// A response body: at worst `Result<Option<ResponseValue<T>>, Error<E>>`.
    Response,
    /// A request body argument: `Option<&T>`.
    RequestBody,
    /// A parameter argument: at worst `Option<&[T]>`, with `T` a list's item.
    Argument,
    /// A page's item, in `impl Stream<Item = Result<T, Error<E>>>` (the
    /// `impl` itself scores nothing).
    StreamItem,
}

impl Place {
    /// The points of what surrounds the type, and the nesting it is at.
    fn surroundings(self) -> (u32, u32) {
        match self {
            Self::Field => (0, 1),
            // Result (10) + Option (20) + ResponseValue (30) + Error (20) + E (30).
            Self::Response => (110, 4),
            // Option (10) + & (1).
            Self::RequestBody => (11, 2),
            // Option (10) + & (1) + [] (20).
            Self::Argument => (31, 3),
            // Result (10) + Error (20) + E (30).
            Self::StreamItem => (60, 2),
        }
    }
}

/// Clippy's score of `ty` spelled at nesting `nest`.
pub(crate) fn score(ty: &Ty, nest: u32) -> u32 {
    let own = 10 * nest;
    match ty {
        // `chrono::DateTime<chrono::Utc>`: its type argument is a path too.
        Ty::Prim(Prim::DateTime(DateLibrary::Chrono)) => own + 10 * (nest + 1),
        Ty::Named(_) | Ty::Prim(_) | Ty::Any | Ty::Bytes => own,
        Ty::Vec(inner) | Ty::Option(inner) | Ty::Box(inner) => own + score(inner, nest + 1),
        // `BTreeMap<String, T>`.
        Ty::Map(inner) => own + 10 * (nest + 1) + score(inner, nest + 1),
        // `serde_json::Map<String, serde_json::Value>`.
        Ty::Object => own + 20 * (nest + 1),
    }
}

impl Lowerer<'_> {
    /// `ty` as written at `place`, or a name for it (`hint`, numbered on a
    /// clash) when clippy would find it too complex there. An `Option`
    /// stays outside the name, so that what is optional still shows; a
    /// parameter's list stays too (its style writes the items), and its item
    /// is named.
    pub(crate) fn named_if_complex(&mut self, ty: Ty, place: Place, hint: &str, origin: &Pointer) -> Ty {
        let (points, nest) = place.surroundings();
        if points + score(&ty, nest) <= THRESHOLD {
            return ty;
        }
        match ty {
            Ty::Option(inner) => Ty::Option(Box::new(self.name_part(*inner, place, hint, origin))),
            other => self.name_part(other, place, hint, origin),
        }
    }

    fn name_part(&mut self, ty: Ty, place: Place, hint: &str, origin: &Pointer) -> Ty {
        match ty {
            Ty::Vec(item) if place == Place::Argument => {
                Ty::Vec(Box::new(self.name_type(*item, hint, origin)))
            }
            other => self.name_type(other, hint, origin),
        }
    }

    fn name_type(&mut self, ty: Ty, hint: &str, origin: &Pointer) -> Ty {
        if matches!(ty, Ty::Named(_)) {
            return ty;
        }
        let id = self.new_type(hint, origin.clone(), Docs::default());
        self.define(id, TypeKind::Alias(ty), Docs::default());
        Ty::Named(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_clippys() {
        // `Result<ResponseValue<BTreeMap<String, Map<String, Value>>>, Error<E>>`
        // scored 290 in clippy: 80 around the body, 210 for it at nesting 3.
        let body = Ty::Map(Box::new(Ty::Object));
        assert_eq!(score(&body, 3), 210);
        assert_eq!(score(&Ty::Vec(Box::new(Ty::Prim(Prim::String))), 1), 30);
        assert_eq!(score(&Ty::Option(Box::new(Ty::Vec(Box::new(Ty::Object)))), 1), 10 + 20 + 30 + 80);
        // `Option<BTreeMap<String, BTreeMap<String, BTreeMap<String, i64>>>>`, a field clippy refused.
        let deep = Ty::Map(Box::new(Ty::Map(Box::new(Ty::Map(Box::new(Ty::Prim(Prim::I64)))))));
        assert_eq!(score(&Ty::Option(Box::new(deep)), 1), 270);
        // `Option<BTreeMap<String, BTreeMap<String, Vec<chrono::DateTime<chrono::Utc>>>>>`, refused too.
        let dates = Ty::Map(Box::new(Ty::Map(Box::new(Ty::Vec(Box::new(Ty::Prim(Prim::DateTime(
            DateLibrary::Chrono,
        ))))))));
        assert_eq!(score(&Ty::Option(Box::new(dates)), 1), 280);
    }
}
