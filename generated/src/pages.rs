// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Page walkers as streams: the pages, or the items on them, fetched as the
//! stream is polled.

use std::future::Future;

use futures_core::Stream;

/// A walk over an operation's pages, one request at a time.
pub(crate) trait Walk {
    type Page;
    type Error;

    /// The next page; `Ok(None)` after the last one.
    fn next_page(&mut self) -> impl Future<Output = Result<Option<Self::Page>, Self::Error>> + Send;
}

/// The pages of `walk`. The stream ends after the last page, or after an
/// error: a walker asks for the same page again after one, which a stream
/// polled in a loop would do without end.
pub(crate) fn pages<W: Walk + Send>(walk: W) -> impl Stream<Item = Result<W::Page, W::Error>> {
    futures_util::stream::unfold(Some(walk), |walk| async move {
        let mut walk = walk?;
        match walk.next_page().await {
            Ok(Some(page)) => Some((Ok(page), Some(walk))),
            Ok(None) => None,
            Err(error) => Some((Err(error), None)),
        }
    })
}

/// The items of every page of `walk`, in order, `items_of` taking them out
/// of a page. Ends as [`pages`] does.
pub(crate) fn items<W: Walk + Send, I: Send>(
    walk: W,
    items_of: fn(W::Page) -> Vec<I>,
) -> impl Stream<Item = Result<I, W::Error>> {
    let state = (Some(walk), Vec::new().into_iter());
    futures_util::stream::unfold(state, move |(mut walk, mut held)| async move {
        loop {
            if let Some(item) = held.next() {
                return Some((Ok(item), (walk, held)));
            }
            let mut current = walk.take()?;
            match current.next_page().await {
                Ok(Some(page)) => {
                    held = items_of(page).into_iter();
                    walk = Some(current);
                }
                Ok(None) => return None,
                Err(error) => return Some((Err(error), (None, held))),
            }
        }
    })
}
