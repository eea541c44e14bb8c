//! A serde reader → a JSON tree, within a budget of values and of depth
//! (which `parse` sets).
//!
//! YAML aliases let a small document stand for a huge one ("billion laughs":
//! `a: &a [x, x]`, `b: &b [*a, *a]`, … doubles with each line). The YAML
//! reader refuses the classic form itself (it allows a hundred alias jumps per
//! event of the document), but not one large anchor named by many aliases,
//! which grows as their product. So the tree is built by a visitor that counts
//! every value it makes (keys included, aliases expanded) and stops at
//! the budget, before the time and memory are spent.

use std::cell::{Cell, RefCell};
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Why [`read`] stopped.
pub(crate) enum Refused<E> {
    /// The reader's own error: syntax, nesting, the YAML alias limit.
    Syntax(E),
    /// More than the values allowed; the error says where the reader was.
    TooManyValues(E),
    /// An object or array deeper than allowed: where the reader was, and
    /// the path to it, outermost segment first.
    TooDeep(E, Vec<String>),
}

/// The tree `deserializer` reads, up to `allowed` values and `max_depth`
/// levels of objects and arrays, or why not. It recurses once per level, so
/// a reader with no depth limit of its own (serde_json with
/// `disable_recursion_limit`) is held to this one.
pub(crate) fn read<'de, D: Deserializer<'de>>(
    deserializer: D,
    allowed: usize,
    max_depth: usize,
) -> Result<Value, Refused<D::Error>> {
    let left = Cell::new(allowed.saturating_add(1));
    let too_deep = RefCell::new(None);
    Budgeted { left: &left, depth: 1, max_depth, too_deep: &too_deep }.deserialize(deserializer).map_err(
        |error| match too_deep.into_inner() {
            Some(mut path) => {
                path.reverse();
                Refused::TooDeep(error, path)
            }
            None if left.get() == 0 => Refused::TooManyValues(error),
            None => Refused::Syntax(error),
        },
    )
}

/// Builds a [`Value`] as serde_json's own visitor does, counting.
#[derive(Clone, Copy)]
struct Budgeted<'b> {
    left: &'b Cell<usize>,
    /// The level of the value read next, the root's being 1.
    depth: usize,
    max_depth: usize,
    /// Set when a value is too deep; each level adds its segment on the way
    /// out (innermost first), which costs nothing while nothing is refused.
    too_deep: &'b RefCell<Option<Vec<String>>>,
}

impl Budgeted<'_> {
    /// The seed of the values one level down, or an error past the limit.
    fn deeper<E: serde::de::Error>(self) -> Result<Self, E> {
        if self.depth > self.max_depth {
            *self.too_deep.borrow_mut() = Some(Vec::new());
            return Err(E::custom("nested too deeply"));
        }
        Ok(Self { depth: self.depth + 1, ..self })
    }

    /// Adds `segment` to the path of a value refused as too deep, if that is why `result` failed.
    fn on_the_way_out<T, E>(self, result: Result<T, E>, segment: impl FnOnce() -> String) -> Result<T, E> {
        if result.is_err() {
            if let Some(path) = self.too_deep.borrow_mut().as_mut() {
                path.push(segment());
            }
        }
        result
    }

    fn spend<E: serde::de::Error>(self) -> Result<(), E> {
        match self.left.get().checked_sub(1) {
            Some(left) if left > 0 => {
                self.left.set(left);
                Ok(())
            }
            _ => {
                self.left.set(0);
                Err(E::custom("too many values"))
            }
        }
    }
}

impl<'de> DeserializeSeed<'de> for Budgeted<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Budgeted<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: serde::de::Error>(self, value: bool) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Bool(value))
    }

    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(value.into()))
    }

    fn visit_i128<E: serde::de::Error>(self, value: i128) -> Result<Value, E> {
        self.spend()?;
        Ok(integer(value))
    }

    fn visit_u128<E: serde::de::Error>(self, value: u128) -> Result<Value, E> {
        self.spend()?;
        Ok(i128::try_from(value).map_or_else(|_| float(value as f64), integer))
    }

    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Value, E> {
        self.spend()?;
        Ok(float(value))
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::String(value))
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Null)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.spend()?;
        let child = self.deeper()?;
        let mut items = Vec::new();
        loop {
            let i = items.len();
            match self.on_the_way_out(seq.next_element_seed(child), || i.to_string())? {
                Some(item) => items.push(item),
                None => break,
            }
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.spend()?;
        let child = self.deeper()?;
        let mut entries = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            self.spend::<A::Error>()?;
            let value = self.on_the_way_out(map.next_value_seed(child), || key.clone())?;
            entries.insert(key, value);
        }
        Ok(Value::Object(entries))
    }
}

/// An integer as serde_json keeps one: a `u64`, else an `i64`, else (too
/// large for both, as `minimum: -9223372036854776000` in real specs) the
/// nearest `f64`, which is what serde_json reads such a number as from JSON
/// text, so YAML and JSON specs read alike.
pub(crate) fn integer(int: i128) -> Value {
    match (u64::try_from(int), i64::try_from(int)) {
        (Ok(unsigned), _) => Value::Number(unsigned.into()),
        (_, Ok(signed)) => Value::Number(signed.into()),
        _ => float(int as f64),
    }
}

/// A float; JSON has no infinities or NaN, and serde_json makes them null.
pub(crate) fn float(value: f64) -> Value {
    Number::from_f64(value).map_or(Value::Null, Value::Number)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::load::parse::{MAX_NESTING, MAX_SPEC_BYTES, values_allowed};

    fn yaml(text: &str) -> Result<Value, Refused<serde_norway::Error>> {
        read(
            serde_norway::Deserializer::from_str(text),
            values_allowed(text.len(), MAX_SPEC_BYTES),
            MAX_NESTING,
        )
    }

    #[test]
    fn builds_what_serde_json_builds() {
        let text = r#"{"a": [1, -2, 2.5, 18446744073709551615, "x", true, null, {}], "b": {"c": []}}"#;
        let expected: Value = serde_json::from_str(text).unwrap();
        let built = read(&mut serde_json::Deserializer::from_str(text), 20, MAX_NESTING).ok().unwrap();
        assert_eq!(built, expected);
        let built = yaml("a: [1, -2, 2.5, 18446744073709551615, x, true, ~, {}]\nb: {c: []}\n").ok().unwrap();
        assert_eq!(built, expected);
        // Past 64 bits both read the nearest float (real specs write 2^63 as JavaScript prints it).
        let text = r#"{"min": -9223372036854776000, "max": 18446744073709551616}"#;
        let expected: Value = serde_json::from_str(text).unwrap();
        let built = yaml("min: -9223372036854776000\nmax: 18446744073709551616\n").ok().unwrap();
        assert_eq!(built, expected);
    }

    #[test]
    fn the_budget_counts_every_value() {
        let text = r#"{"a": [1, 2]}"#; // the object, a key, the array, two items
        assert!(read(&mut serde_json::Deserializer::from_str(text), 5, MAX_NESTING).is_ok());
        let refused = read(&mut serde_json::Deserializer::from_str(text), 4, MAX_NESTING);
        assert!(matches!(refused, Err(Refused::TooManyValues(_))));
    }

    #[test]
    fn one_anchor_named_many_times_is_stopped_at_the_budget() {
        // 3,000 items named by 3,000 aliases: nine million values.
        let items = vec!["x"; 3000].join(", ");
        let aliases = vec!["*a"; 3000].join(", ");
        let text = format!("a: &a [{items}]\nb: [{aliases}]\n");
        assert!(matches!(yaml(&text), Err(Refused::TooManyValues(_))));
    }

    #[test]
    fn the_classic_billion_laughs_is_stopped_by_the_reader() {
        let mut text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n".to_owned();
        for i in 1..10 {
            let previous = vec![format!("*a{}", i - 1); 10].join(", ");
            text.push_str(&format!("a{i}: &a{i} [{previous}]\n"));
        }
        assert!(yaml(&text).is_err());
    }
}
