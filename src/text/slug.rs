//! File and folder names made from what people type: company names, stages, people.

/// A folder or file name for a company or stage: lower case, Latin accents dropped, other
/// scripts kept, everything else a single `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let mapped: &str = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
            'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => "i",
            'ł' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            // (`Kōtui`, in te reo Māori, as its folder is named.)
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' | 'ō' => "o",
            'œ' => "oe",
            'ř' => "r",
            'ś' | 'š' | 'ş' => "s",
            'ß' => "ss",
            'ť' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            '&' => "-and-",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        out.push_str(mapped);
    }
    let slug = out.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    if slug.is_empty() { "company".to_owned() } else { slug }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_in_any_script() {
        assert_eq!(slug("Globex"), "globex");
        assert_eq!(slug("Société Générale"), "societe-generale");
        assert_eq!(slug("Müller & Söhne GmbH"), "muller-and-sohne-gmbh");
        assert_eq!(slug("Łódź Robotics"), "lodz-robotics");
        assert_eq!(slug("Kōtui Health"), "kotui-health");
        assert_eq!(slug("Whānau Connect"), "whanau-connect");
        assert_eq!(slug("北京字节跳动"), "北京字节跳动");
        assert_eq!(slug("Яндекс"), "яндекс");
        assert_eq!(slug("  --  "), "company");
        assert_eq!(slug("phone screen"), "phone-screen");
    }
}
