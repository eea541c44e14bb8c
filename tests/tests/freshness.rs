//! `generated/` matches what the generator makes of `spec/highlevel.yaml`, via the code path of `cargo xtask codegen --check`.

use xtask::codegen::{Mode, codegen};

#[test]
fn generated_crate_is_fresh() {
    let outcome = match codegen(&xtask::workspace_root(), Mode::Check) {
        Ok(outcome) => outcome,
        Err(e) => panic!("cargo xtask codegen --check failed:\nerror: {e}"),
    };
    assert!(outcome.is_fresh(), "\n{}{}", outcome.diff(), outcome.summary());
}
