//! `tests/examples.rs` of the generated crate: one round-trip test per spec
//! example that `lower::example` found to decode. The JSON reaches the source
//! only as string literals: specs are untrusted.

use quote::quote;

use super::{Piece, ident, ty};
use crate::ir;

/// `None` when the spec has no example to test.
pub(crate) fn emit_example_tests<'a>(
    api: &'a ir::Api,
    crate_ident: &'a str,
) -> Option<impl Iterator<Item = Piece<'a>>> {
    if api.examples.is_empty() {
        return None;
    }
    let tests = api.examples.iter().map(move |example| {
        let name = ident(&example.ident);
        let example_ty = ty(api, &example.ty, &quote!(types::));
        let origin = example.origin.to_string();
        let json = json_text(&example.value);
        let (written_let, written) = match &example.written {
            Some(written) => {
                let written = json_text(written);
                (quote!(let written = #written;), quote!(Some(written)))
            }
            None => (quote!(), quote!(None)),
        };
        let cfg = super::cfg(api, &gate_of(api, &example.ty));
        quote! {
            #[test]
            #cfg
            fn #name() {
                let origin = #origin;
                let example = #json;
                #written_let
                round_trip::<#example_ty>(origin, example, #written);
            }
        }
    });
    let recursion_limit = super::recursion_limit(api);
    let head = Piece::Items(quote! {
        #recursion_limit
        //! The spec's examples, each decoded into its generated type with
        //! serde_json and encoded again.
        //!
        //! The JSON written back must equal the example as a `serde_json::Value`
        //! (object keys in any order), except where the generated type writes it
        //! differently by design, and the test then gives the JSON it writes: an
        //! optional property that is `null` is left out, a number is written
        //! as its Rust type writes numbers (`220.0` for an `f64`, `220` for an
        //! `f64` field), and a date, date-time or UUID as its type writes it
        //! (the same value, in the type's own spelling).
    });
    // `rustfmt::skip` on the module, as crate roots cannot carry it; spelled
    // through a variable because rustfmt acts on the attribute even inside `quote!`.
    let skip = quote!(rustfmt::skip);
    // With cargo features, compiled while some example's type is.
    let gates: Vec<ir::Gate> = api.examples.iter().map(|example| gate_of(api, &example.ty)).collect();
    let cfg = super::cfg(api, &super::union(&gates));
    let module = quote! {
        #cfg
        #[#skip]
        mod examples {}
    };
    let krate = ident(crate_ident);
    let runtime = quote! {
        use serde::Serialize;
        use serde::de::DeserializeOwned;
        use serde_json::Value;

        use #krate::types;

        /// Decodes `example` (found at `origin` in the spec) as a `T`, encodes
        /// it again, and compares the JSON with `written`, or with the example
        /// itself when that is `None`.
        fn round_trip<T: DeserializeOwned + Serialize>(origin: &str, example: &str, written: Option<&str>) {
            let decoded: T = serde_json::from_str(example)
                .unwrap_or_else(|e| panic!("the example at {origin} does not decode: {e}"));
            let encoded = serde_json::to_string(&decoded)
                .unwrap_or_else(|e| panic!("the example at {origin} does not encode: {e}"));
            let encoded: Value = serde_json::from_str(&encoded)
                .unwrap_or_else(|e| panic!("the example at {origin} encodes to bad JSON: {e}"));
            let expected: Value = serde_json::from_str(written.unwrap_or(example))
                .unwrap_or_else(|e| panic!("the expected JSON for {origin} is bad: {e}"));
            assert_eq!(encoded, expected, "the example at {origin} does not round-trip");
        }
    };
    let members = std::iter::once(runtime).chain(tests);
    Some([head, Piece::Members { item: module, members: Box::new(members) }].into_iter())
}

/// The gate of the type an example decodes into.
fn gate_of(api: &ir::Api, ty: &ir::Ty) -> ir::Gate {
    let mut gate = ir::Gate::default();
    ty.each_named(&mut |id| {
        if let Some(def) = api.types.get(id.0) {
            gate = def.gate.clone();
        }
    });
    gate
}

/// Compact JSON text; a `Value` always serializes, its keys being strings.
fn json_text(value: &serde_json::Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
