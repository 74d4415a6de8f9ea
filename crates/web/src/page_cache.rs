//! Pages that are the same for everyone of a language and region, built once and served as bytes.
//!
//! The home page, the symptom check's empty form, the results forms, Learn and its articles and
//! the support pages hold nothing about the person who asks: only words in their language, their
//! region's numbers and services, and where they are on the site. Each is rendered the first time
//! someone asks for it in a (page, language, region), then kept in memory as the HTML and its
//! gzip and brotli forms, chosen by `Accept-Encoding`, with an `ETag` (`If-None-Match` → 304).
//!
//! **No one's state can reach a stored page** (SAFETY.md P11): the page is rendered from a
//! request built here, not the person's — `GET`, the path, and a `Cookie` header holding only
//! the region and language of the key (not even the `Host`: a page must not depend on it). No CSRF token, diary session, form answers
//! or query string can be seen by the handler. A response is kept only when it is a `200` HTML
//! page that sets no cookie and chose no `Cache-Control` of its own (a private page does);
//! anything else is answered by rendering the person's own request as before.
//!
//! Only the paths in [`PAGES`] and the slugs of real articles are kept, so what is kept is
//! bounded by the site, not by what is asked for.

use crate::cookies;
use crate::prefs::Prefs;
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{Extensions, HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use solace_clinical::Region;
use solace_i18n::Lang;
use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::io::Write as _;
use std::pin::Pin;
use std::sync::{Arc, OnceLock, RwLock};
use std::task::{Context, Poll};

/// The pages that are the same for everyone of a language and region (besides `/learn/<slug>`
/// for every article). Each one's `GET` handler reads only the language, the region and the path.
pub const PAGES: &[&str] = &[
    "/",
    "/check",
    "/results",
    "/results/hcg",
    "/results/scan",
    "/results/dates",
    "/odds",
    "/options",
    "/learn",
    "/support",
    "/support/for-family",
    "/support/help-me",
];

/// The largest page kept (an article with its drawings is about 40 KB).
const MAX_PAGE: usize = 1 << 20;

/// Whether `path` is one of the pages kept.
pub fn cacheable(path: &str) -> bool {
    PAGES.contains(&path)
        || path
            .strip_prefix("/learn/")
            .is_some_and(|slug| solace_content::articles::get(slug).is_some())
}

/// One page in one language and region, as stored. The compressed forms are made the first
/// time a browser asks for one (a start answers its first page without waiting for brotli).
#[derive(Debug)]
pub struct Stored {
    pub html: Bytes,
    gzip: OnceLock<Bytes>,
    brotli: OnceLock<Bytes>,
    content_type: HeaderValue,
    /// A strong validator of the HTML; each encoding has its own (`-gz`, `-br`).
    tag: String,
}

/// Brotli's best quality. Its code is generic and so compiled in this crate: unoptimised in a
/// debug build (the tests), where the best quality takes half a second a page; tests check the
/// bytes, not the size.
const BROTLI_QUALITY: i32 = if cfg!(debug_assertions) { 5 } else { 11 };

/// How a response body is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

impl Stored {
    /// Keeps `html` with its compressed forms.
    pub fn new(html: Bytes, content_type: HeaderValue) -> Stored {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(&html);
        let tag = digest[..12].iter().fold(String::new(), |mut s, b| {
            let _ = std::fmt::Write::write_fmt(&mut s, format_args!("{b:02x}"));
            s
        });
        Stored {
            html,
            gzip: OnceLock::new(),
            brotli: OnceLock::new(),
            content_type,
            tag,
        }
    }

    /// The gzip form (best compression: it is made once).
    pub fn gzip(&self) -> &Bytes {
        self.gzip.get_or_init(|| {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            // Writing to a Vec cannot fail.
            let _ = gz.write_all(&self.html);
            gz.finish().unwrap_or_default().into()
        })
    }

    /// The brotli form.
    pub fn brotli(&self) -> &Bytes {
        self.brotli.get_or_init(|| {
            let mut out = Vec::new();
            let params = brotli::enc::BrotliEncoderParams {
                quality: BROTLI_QUALITY,
                lgwin: 22,
                ..Default::default()
            };
            let _ = brotli::BrotliCompress(&mut &self.html[..], &mut out, &params);
            out.into()
        })
    }

    fn etag(&self, enc: Encoding) -> String {
        match enc {
            Encoding::Identity => format!("\"{}\"", self.tag),
            Encoding::Gzip => format!("\"{}-gz\"", self.tag),
            Encoding::Brotli => format!("\"{}-br\"", self.tag),
        }
    }

    /// The response for a request with these headers: the best encoding it accepts, or 304
    /// when it already holds this version.
    pub fn respond(&self, headers: &HeaderMap) -> Response {
        let enc = choose_encoding(headers);
        let etag = self.etag(enc);
        let mut res = if not_modified(headers, &etag) {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let body = match enc {
                Encoding::Identity => self.html.clone(),
                Encoding::Gzip => self.gzip().clone(),
                Encoding::Brotli => self.brotli().clone(),
            };
            let mut res = Response::new(Body::from(body));
            res.headers_mut()
                .insert(header::CONTENT_TYPE, self.content_type.clone());
            match enc {
                Encoding::Identity => {}
                Encoding::Gzip => {
                    res.headers_mut()
                        .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                }
                Encoding::Brotli => {
                    res.headers_mut()
                        .insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
                }
            }
            res
        };
        let h = res.headers_mut();
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if let Ok(v) = HeaderValue::from_str(&etag) {
            h.insert(header::ETAG, v);
        }
        res
    }
}

/// Whether `If-None-Match` names `etag` (or is `*`).
fn not_modified(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == etag || t == "*")
}

/// The encoding to send: brotli, then gzip, when `Accept-Encoding` allows it (a `q=0` refuses).
pub fn choose_encoding(headers: &HeaderMap) -> Encoding {
    let mut br = None;
    let mut gzip = None;
    let mut star = None;
    for part in headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
    {
        let mut bits = part.split(';');
        let name = bits.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = bits
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        let ok = q > 0.0;
        match name.as_str() {
            "br" => br = Some(ok),
            "gzip" | "x-gzip" => gzip = Some(ok),
            "*" => star = Some(ok),
            _ => {}
        }
    }
    let star = star.unwrap_or(false);
    if br.unwrap_or(star) {
        Encoding::Brotli
    } else if gzip.unwrap_or(star) {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// Which stored page answers a request.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    pub path: String,
    pub lang: Lang,
    pub region: Region,
}

/// The stored pages, shared by every request.
#[derive(Debug)]
pub struct PageCache {
    enabled: bool,
    pages: RwLock<HashMap<Key, Arc<Stored>>>,
}

impl PageCache {
    /// `enabled: false` renders every page for every request (tests compare the two).
    pub fn new(enabled: bool) -> PageCache {
        PageCache {
            enabled,
            pages: RwLock::new(HashMap::new()),
        }
    }

    pub fn get(&self, key: &Key) -> Option<Arc<Stored>> {
        self.pages.read().ok()?.get(key).cloned()
    }

    fn put(&self, key: Key, page: Stored) -> Arc<Stored> {
        let page = Arc::new(page);
        if let Ok(mut pages) = self.pages.write() {
            pages.entry(key).or_insert_with(|| page.clone()).clone()
        } else {
            page
        }
    }

    /// How many pages are kept (for tests).
    pub fn len(&self) -> usize {
        self.pages.read().map_or(0, |p| p.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The key for a request, when it asks for a page that is kept: a `GET` without a query string.
pub fn key_for(req: &Request, config: &crate::Config) -> Option<Key> {
    if req.method() != Method::GET || req.uri().query().is_some() {
        return None;
    }
    let path = req.uri().path();
    if !cacheable(path) {
        return None;
    }
    let prefs = Prefs::from_headers(req.headers(), config);
    Some(Key {
        path: path.to_owned(),
        lang: prefs.lang,
        region: prefs.region,
    })
}

/// The request the page is rendered from: nothing of the person's but the key. `routed` is what
/// the router found for the person's request (the route and its path parameters, for the
/// handler's `Path`); the layer runs after routing, before any extractor.
pub fn request_for(key: &Key, routed: &Extensions, jar: cookies::Cookies) -> Request {
    let mut req = Request::new(Body::empty());
    *req.extensions_mut() = routed.clone();
    *req.method_mut() = Method::GET;
    if let Ok(uri) = key.path.parse() {
        *req.uri_mut() = uri;
    }
    let h = req.headers_mut();
    // Named as this server names them (hosted: `__Host-`), so the handler reads them.
    jar.put_in_request(
        h,
        &[
            (cookies::REGION, key.region.id()),
            (cookies::LANG, key.lang.tag()),
        ],
    );
    req
}

/// The page to keep from a rendered response, or the response back when it must not be kept.
pub async fn keepable(res: Response) -> Result<Stored, Response> {
    let h = res.headers();
    let html = h
        .get(header::CONTENT_TYPE)
        .is_some_and(|c| c.as_bytes().starts_with(b"text/html"));
    if res.status() != StatusCode::OK
        || !html
        || cookies::sets_any(h)
        || h.contains_key(header::CACHE_CONTROL)
        || h.contains_key(header::CONTENT_ENCODING)
    {
        return Err(res);
    }
    let content_type = h
        .get(header::CONTENT_TYPE)
        .cloned()
        .unwrap_or(HeaderValue::from_static("text/html; charset=utf-8"));
    let (parts, body) = res.into_parts();
    match axum::body::to_bytes(body, MAX_PAGE).await {
        Ok(bytes) => Ok(Stored::new(bytes, content_type)),
        Err(_) => Err(Response::from_parts(parts, Body::empty())),
    }
}

/// The layer that answers kept pages from memory ([`crate::app`] puts it inside compression;
/// `Router::layer` runs it after routing).
#[derive(Debug, Clone)]
pub struct PageCacheLayer {
    cache: Arc<PageCache>,
    config: Arc<crate::Config>,
}

impl PageCacheLayer {
    pub fn new(cache: Arc<PageCache>, config: &crate::Config) -> PageCacheLayer {
        PageCacheLayer {
            cache,
            config: Arc::new(config.clone()),
        }
    }
}

impl<S> tower::Layer<S> for PageCacheLayer {
    type Service = PageCacheService<S>;
    fn layer(&self, inner: S) -> Self::Service {
        PageCacheService {
            inner,
            cache: self.cache.clone(),
            config: self.config.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct PageCacheService<S> {
    inner: S,
    cache: Arc<PageCache>,
    config: Arc<crate::Config>,
}

impl<S> tower::Service<Request> for PageCacheService<S>
where
    S: tower::Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        let key = if self.cache.enabled {
            key_for(&req, &self.config)
        } else {
            None
        };
        // The inner service that was made ready is used for this request; a clone stands in.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let Some(key) = key else {
            return Box::pin(inner.call(req));
        };
        if let Some(page) = self.cache.get(&key) {
            let res = page.respond(req.headers());
            return Box::pin(async move { Ok(res) });
        }
        let cache = self.cache.clone();
        let config = self.config.clone();
        let mut again = self.inner.clone();
        Box::pin(async move {
            let rendered = inner
                .call(request_for(
                    &key,
                    req.extensions(),
                    cookies::Cookies::for_config(&config),
                ))
                .await?;
            if let Ok(page) = keepable(rendered).await {
                return Ok(cache.put(key, page).respond(req.headers()));
            }
            // Not what a kept page must be: the person's own request, rendered as before.
            tracing::warn!(path = %key.path, "a page on the kept list could not be kept");
            std::future::poll_fn(|cx| again.poll_ready(cx)).await?;
            again.call(req).await
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(v: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(v));
        h
    }

    #[test]
    fn the_encoding_follows_accept_encoding() {
        assert_eq!(choose_encoding(&HeaderMap::new()), Encoding::Identity);
        assert_eq!(choose_encoding(&accept("gzip")), Encoding::Gzip);
        assert_eq!(
            choose_encoding(&accept("gzip, deflate, br")),
            Encoding::Brotli
        );
        assert_eq!(choose_encoding(&accept("br;q=0, gzip")), Encoding::Gzip);
        assert_eq!(choose_encoding(&accept("gzip;q=0")), Encoding::Identity);
        assert_eq!(choose_encoding(&accept("*")), Encoding::Brotli);
        assert_eq!(choose_encoding(&accept("*, br;q=0")), Encoding::Gzip);
        assert_eq!(choose_encoding(&accept("identity")), Encoding::Identity);
    }

    #[test]
    fn the_stored_forms_decode_to_the_page_and_304_needs_the_same_tag() {
        let html = Bytes::from("<!DOCTYPE html><p>".to_owned() + &"words ".repeat(500));
        let page = Stored::new(html.clone(), HeaderValue::from_static("text/html"));
        let mut gz = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&page.gzip()[..]), &mut gz)
            .unwrap();
        assert_eq!(gz, html);
        let mut br = Vec::new();
        brotli::BrotliDecompress(&mut &page.brotli()[..], &mut br).unwrap();
        assert_eq!(br, html);
        assert!(page.brotli().len() < page.gzip().len() && page.gzip().len() < html.len() / 10);

        let res = page.respond(&accept("gzip"));
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip");
        assert_eq!(res.headers()[header::VARY], "accept-encoding");
        let tag = res.headers()[header::ETAG].clone();
        let mut again = accept("gzip");
        again.insert(header::IF_NONE_MATCH, tag.clone());
        assert_eq!(page.respond(&again).status(), StatusCode::NOT_MODIFIED);
        // The gzip form's tag does not validate the brotli form.
        let mut other = accept("br");
        other.insert(header::IF_NONE_MATCH, tag);
        assert_eq!(page.respond(&other).status(), StatusCode::OK);
    }

    #[test]
    fn only_the_listed_pages_and_real_articles_are_kept() {
        assert!(cacheable("/"));
        assert!(cacheable("/check"));
        let slug = solace_content::articles::all()[0].slug.clone();
        assert!(cacheable(&format!("/learn/{slug}")));
        assert!(!cacheable("/learn/no-such-article"));
        assert!(!cacheable("/diary"));
        assert!(!cacheable("/settings"));
        assert!(!cacheable("/wellbeing"));
    }
}
