//! The QR picture of a session's join address, drawn here as SVG so phones can
//! scan the board instead of typing: `GET /api/qr/join.svg?code=K7P2QX` encodes
//! `<this server's address>/join?code=K7P2QX`. Nothing secret is in it: the code
//! is the one already shown in large type beside it.

use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use qrcodegen::{QrCode, QrCodeEcc};
use serde::Deserialize;

use crate::error::ApiError;
use crate::secrets::JoinCode;

/// The light margin around the code, in modules, as the QR standard asks.
const QUIET_ZONE: i32 = 4;

/// The query of `GET /api/qr/join.svg`.
#[derive(Debug, Clone, Deserialize)]
pub struct QrQuery {
    /// The join code.
    pub code: String,
}

/// `GET /api/qr/join.svg?code=…`
pub async fn join_svg(
    headers: HeaderMap,
    query: Result<Query<QrQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(query) =
        query.map_err(|_| ApiError::bad_request("give the join code, like ?code=K7P2QX"))?;
    let code = JoinCode::parse(&query.code)
        .ok_or_else(|| ApiError::bad_request("that is not a join code"))?;
    let origin = origin(&headers)
        .ok_or_else(|| ApiError::bad_request("the request has no usable Host header"))?;
    let address = format!("{origin}/join?code={}", code.as_str());
    let svg = svg(&address).ok_or_else(|| ApiError::bad_request("the address is too long"))?;
    Ok(([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response())
}

/// The address people reach this server by: the `Host` they used, over https when
/// a proxy in front says so (this server speaks plain HTTP itself).
pub fn origin(headers: &HeaderMap) -> Option<String> {
    let host = headers.get(header::HOST)?.to_str().ok()?.trim();
    let plain = !host.is_empty()
        && host.len() <= 255
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b));
    if !plain {
        return None;
    }
    let scheme = match headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
    {
        Some(p) if p.eq_ignore_ascii_case("https") => "https",
        _ => "http",
    };
    Some(format!("{scheme}://{host}"))
}

/// The QR code of `text` as an SVG picture: dark squares on a white ground, one
/// path, scaled by whoever shows it. `None` if the text is too long for any QR code.
pub fn svg(text: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let full = size + QUIET_ZONE * 2;
    let mut path = String::with_capacity(usize::try_from(size * size * 4).unwrap_or(0));
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
    }
    Some(format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {full} {full}" "#,
            r#"shape-rendering="crispEdges">"#,
            r##"<rect width="100%" height="100%" fill="#fff"/>"##,
            r##"<path fill="#000" d="{path}"/></svg>"##
        ),
        full = full,
        path = path
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn the_origin_comes_from_the_host_and_a_proxys_scheme() -> Result<(), Box<dyn std::error::Error>>
    {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert_eq!(origin(&headers).as_deref(), Some("http://127.0.0.1:8080"));
        headers.insert("x-forwarded-proto", HeaderValue::from_static("https"));
        assert_eq!(origin(&headers).as_deref(), Some("https://127.0.0.1:8080"));
        headers.insert(header::HOST, HeaderValue::from_str("evil.example/<x>")?);
        assert_eq!(origin(&headers), None);
        Ok(())
    }

    #[test]
    fn the_picture_is_a_square_svg_with_dark_modules() -> Result<(), Box<dyn std::error::Error>> {
        let picture = svg("http://127.0.0.1:8080/join?code=K7P2QX").ok_or("no picture")?;
        assert!(picture.starts_with("<svg "), "{picture}");
        assert!(picture.contains("viewBox=\"0 0 "), "{picture}");
        // Version 3 (29 modules) plus the quiet zone on both sides.
        let side =
            QrCode::encode_text("http://127.0.0.1:8080/join?code=K7P2QX", QrCodeEcc::Medium)?
                .size()
                + 2 * QUIET_ZONE;
        assert!(picture.contains(&format!("viewBox=\"0 0 {side} {side}\"")));
        assert!(picture.matches("h1v1h-1z").count() > 100);
        Ok(())
    }
}
