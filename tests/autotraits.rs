//! Every public type can cross threads.

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    use newsrec::*;
    assert_send_sync::<Article>();
    assert_send_sync::<Official>();
    assert_send_sync::<Organization>();
    assert_send_sync::<Agreement>();
    assert_send_sync::<Visit>();
    assert_send_sync::<Quantity>();
    assert_send_sync::<Money>();
    assert_send_sync::<Tonnage>();
    assert_send_sync::<Percentage>();
    assert_send_sync::<Span>();
    assert_send_sync::<Country>();
    assert_send_sync::<Currency>();
    assert_send_sync::<Error>();
    assert_send_sync::<ParseOptions>();
    assert_send_sync::<Diagnostic>();
}
