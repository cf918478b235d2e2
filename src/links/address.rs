//! Which addresses are private (loopback, private ranges, link-local,
//! IPv4 carried inside IPv6): the link checker, the article fetcher and the
//! HTTP client's resolver refuse them unless `--allow-private` is given.

use std::net::IpAddr;

use super::fetch::Fetcher;

/// The private address `url`'s host is or resolves to, if any.
pub async fn private_address<F: Fetcher>(fetcher: &F, url: &url::Url) -> Option<IpAddr> {
    match url.host()? {
        url::Host::Ipv4(ip) => Some(IpAddr::V4(ip)).filter(is_private),
        url::Host::Ipv6(ip) => Some(IpAddr::V6(ip)).filter(is_private),
        url::Host::Domain(name) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            if name == "localhost" || name.ends_with(".localhost") {
                return Some(IpAddr::from([127, 0, 0, 1]));
            }
            let port = url.port_or_known_default().unwrap_or(80);
            fetcher
                .resolve(&name, port)
                .await
                .into_iter()
                .find(is_private)
        }
    }
}

/// Loopback, private, link-local, shared (CGNAT), unspecified and unique
/// local addresses: never checked without `--allow-private`.
pub fn is_private(ip: &IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || (a == 100 && (64..128).contains(&b))
        }
        IpAddr::V6(v6) => {
            // IPv4 inside IPv6, in every form that routes to it: mapped
            // (::ffff:a.b.c.d), compatible (::a.b.c.d), translated
            // (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4
            // (2002:aabb:ccdd::).
            if let Some(v4) = embedded_ipv4(v6) {
                return is_private(&IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || (first & 0xffc0) == 0xfec0
                || v6.is_multicast()
        }
    }
}

/// The IPv4 address an IPv6 address carries, where it carries one.
fn embedded_ipv4(v6: &std::net::Ipv6Addr) -> Option<std::net::Ipv4Addr> {
    use std::net::Ipv4Addr;
    let seg = v6.segments();
    let last =
        |hi: u16, lo: u16| Ipv4Addr::new((hi >> 8) as u8, hi as u8, (lo >> 8) as u8, lo as u8);
    if let Some(v4) = v6.to_ipv4_mapped() {
        return Some(v4);
    }
    match seg {
        // ::a.b.c.d (deprecated "compatible"), but not :: or ::1.
        [0, 0, 0, 0, 0, 0, hi, lo] if hi != 0 => Some(last(hi, lo)),
        // ::ffff:0:a.b.c.d ("translated").
        [0, 0, 0, 0, 0xffff, 0, hi, lo] => Some(last(hi, lo)),
        // 64:ff9b::a.b.c.d and 64:ff9b:1::/48 (NAT64).
        [0x64, 0xff9b, _, _, _, _, hi, lo] => Some(last(hi, lo)),
        // 2002:aabb:ccdd::/48 (6to4).
        [0x2002, hi, lo, ..] => Some(last(hi, lo)),
        _ => None,
    }
}
