"""German language pack."""

from __future__ import annotations

import re

from . import LanguagePack

_I = re.IGNORECASE

ABBREVIATIONS = frozenset(
    """
    Abb Abg Abs Abt Adm allg Anm Art Aufl Ausg Bd Bde Bhf Bsp bspw bzgl bzw ca Chr Co Dez Di Dipl
    Do Dr Dres dt ebd ehem eigtl einschl engl entspr erg etc ev evtl Fa Feb Fr frz Gebr geb gegr gem
    Gen ggf Ggs gest Hbf Hl Hr Hrn Hrsg Ing inkl insb Jan Jg Jh Jhd jew jr Jr jun Kap kath Kl Kpt
    lat lt Lt Mag max med Mi Mio Mill min Mio Mo Mrd Mrz Mwst MwSt Nov Nr nat Okt op Pf phil Pkt
    Prof Reg rer Sa Sek Sen Sep Sept sog So Sr St Std Stellv stellv Str Tab Tel Tsd usw Verf vgl
    Vors vs zB zT zzt zzgl Zi Ziff Zt
    a.D d.h d.J d.M i.A i.d.R i.e i.V m.E n.Chr o.a o.ä o.g s.o s.u u.a u.ä u.Ä u.U u.v.m usw v.a
    v.Chr z.B z.T z.Zt
    """.split()
)

MONTHS = frozenset(
    "Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember "
    "Jan Feb Mär Mrz Apr Jun Jul Aug Sep Sept Okt Nov Dez".split()
)

# Words that follow an ordinal ("die 3. Liga", "der 2. Weltkrieg"): the period stays inside.
ORDINAL_NOUNS = frozenset(
    """
    jahrhundert jahrtausend liga bundesliga platz runde stock etage klasse weltkrieg mal spieltag
    quartal halbjahr advent lesung amendment jahrestag geburtstag todestag sitzung tag woche monat
    auflage ausgabe staffel folge kapitel artikel absatz satz buch legislaturperiode wahlgang
    durchgang lauf etappe grad semester generation welle armee division kompanie bataillon
    """.split()
)

# Stems of fundraising, membership and subscription language (matched at word start).
APPEAL_WORDS = {
    "unterstütz": 1.5, "spende": 1.5, "spenden": 1.5, "genossenschaft": 1.0, "mitglied": 0.5,
    "abonn": 1.0, "abo": 1.0, "digitalabo": 2.0, "probeabo": 2.0, "paywall": 2.0,
    "bezahlschranke": 2.0, "kostenfrei": 1.0, "kostenlos": 0.5, "konzernfrei": 2.0,
    "journalismus": 1.0, "leser": 1.0, "leserinnen": 1.0, "finanzierung": 1.0, "beitrag": 0.5,
    "zahlen": 0.5, "bezahlen": 0.5, "gratis": 1.0, "probemonat": 2.0, "testen": 0.5,
    "zugang": 0.5, "e-paper": 1.5, "newsletter": 1.5, "registrier": 0.5, "anmeld": 0.5,
    "plus-artikel": 2.0, "beitrittserklärung": 2.0, "medienvielfalt": 1.0, "redaktion": 0.5,
    "unabhängig": 0.5, "zeitung": 0.5,
}

PACK = LanguagePack(
    code="de",
    abbreviations=ABBREVIATIONS,
    months=MONTHS,
    ordinal_nouns=ORDINAL_NOUNS,
    ordinal_cues=frozenset(
        "der die das dem den des am im vom zum zur beim seit bis ab ihr ihre ihrem ihren ihrer sein "
        "seine seinem seinen seiner ein eine einem einer jeder jede jedes".split()
    ),
    appeal_words=APPEAL_WORDS,
    # "Sie" is the reader only mid-sentence; at a sentence start it may be "she/they".
    reader_address=re.compile(
        r"(?<=[a-zäöüß,] )(?:Sie|Ihnen|Ihre?[mnrs]?)\b|\b(?:[Dd]u|[Dd]ein\w*|[Dd]ich|[Dd]ir|[Ee]uch|[Ee]ure?\w*)\b"
    ),
    self_reference=re.compile(r"\b(?:[Ww]ir|[Uu]nser\w*|[Uu]ns)\b"),
    call_to_action=re.compile(
        r"\b(?:[Jj]etzt|[Hh]ier) (?:\w+ ){0,3}(?:unterstützen|abonnieren|spenden|testen|lesen|"
        r"registrieren|anmelden|bestellen|ausfüllen|sichern|freischalten|weiterlesen|mitmachen)\b|"
        r"\b(?:Werden Sie|Werde|Sei|Seien Sie) (?:\w+ ){0,3}(?:Mitglied|dabei|Teil|Abonnent)|"
        r"(?:^|[.!?:] )(?:Abonnieren Sie|Abonniere|Unterstützen Sie|Unterstütze|Spenden Sie|Spende|Testen Sie|Teste)\b|"
        r"\bSetzen Sie ein Zeichen\b|\bMehr Infos? (?:auf|unter)\b|\bsind Sie dabei\b|\bbist du dabei\b"
    ),
    teaser=re.compile(
        r"^\W*(?:Lesen Sie (?:auch|mehr|hier|dazu)|Lies auch|Mehr zum Thema|Mehr dazu|Mehr aus|"
        r"Auch interessant|Ebenfalls interessant|Das könnte Sie (?:auch )?interessieren|"
        r"Zum Thema|Weiterlesen|Weitere Artikel|Siehe auch|Passend dazu|Lese-?[Tt]ipp|"
        r"Hören Sie auch|Sehen Sie auch|Zum Artikel|Hier lesen|Jetzt lesen|Empfohlener Inhalt|"
        r"Mehr Nachrichten|Top-Themen|Meistgelesen|Verwandte Artikel)\b",
        _I,
    ),
    social=re.compile(
        r"Folgen Sie (?:\S+ ){0,4}(?:auf|bei) (?:\S+ ){0,3}?(?:Facebook|Twitter|Instagram|YouTube|TikTok|"
        r"Telegram|WhatsApp|Threads|Bluesky|Mastodon|LinkedIn|X)\b|"
        r"\b(?:auf|bei|via|per) (?:Facebook|Twitter|WhatsApp|Telegram|E-Mail) (?:teilen|folgen|abonnieren)\b|"
        r"Newsletter\b.{0,80}\b(?:abonnieren|bestellen|anmelden|registrieren|erhalten)|"
        r"\b(?:abonnieren|bestellen|Melden Sie sich)\b.{0,50}\bNewsletter|"
        r"^\W*(?:Teilen|Twittern|Mailen|Drucken|Kommentare|Artikel teilen|Link kopieren)\W*$",
    ),
    reading_time=re.compile(
        r"^\W*(?:Lesedauer|Lesezeit)\s*:?\s*(?:ca\.\s*|etwa\s*)?\d+\s*(?:Min\.?|Minuten?)\W*$|"
        r"^\W*(?:ca\.\s*)?\d+\s*(?:Min\.?|Minuten?)\s*(?:Lesezeit|Lesedauer)\W*$",
        _I,
    ),
    ad_label=re.compile(
        r"^\W*(?:Werbung|Anzeige|Sponsored|Gesponsert|Promotion|Partnerinhalt|Advertorial)\W*$", _I
    ),
    timestamp=re.compile(
        r"^\W*(?:Erstellt|Aktualisiert|Zuletzt aktualisiert|Veröffentlicht|Stand|Update)\b.{0,50}\bUhr\W*$|"
        r"^\W*(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\. \w+ \d{4}),?\s*(?:\d{1,2}[:.]\d{2}\s*Uhr)?\W*$|"
        r"^\W*\d{1,2}[:.]\d{2}\s*Uhr\W*$",
        _I,
    ),
    caption=re.compile(
        r"\((?:Foto|Fotos|Bild|Symbolbild|Archivbild|Archivfoto|Video|Grafik)\)|"
        r"(?:^|\s|\|)(?:Foto|Fotos|Bild|Bilder|Grafik|Illustration|Credit|Credits|Bildquelle|Fotograf)\s*:\s*\S|"
        r"©|\bCopyright\b",
        _I,
    ),
    byline=re.compile(
        r"^\W*(?:Von|Autor(?:in)?:?|Text:|Ein (?:Bericht|Kommentar|Gastbeitrag|Interview) von)\s+"
        r"(?P<names>.+?)\W*$"
    ),
    name_joiners=re.compile(r"\s*(?:,|\bund\b|&|\bsowie\b)\s*"),
    notices=(
        ("consent", re.compile(
            r"\bexterne[nr]? Inhalte?\b.{0,120}\b(?:angezeigt|laden|aktivieren|zustimmen|einverstanden)|"
            r"Privatsphäre-Einstellungen|personenbezogene Daten an Drittplattformen|"
            r"\b(?:Cookies?|Tracking) (?:zu)?(?:akzeptieren|zustimmen|aktivieren)|Erst wenn Sie hier klicken", _I)),
        ("disclaimer", re.compile(
            r"\bTotalverlust des eingesetzten Kapitals\b|\bkeine Anlageberatung\b|\bAffiliate-Links?\b|"
            r"\b(?:erhalten|bekommen) wir (?:eine|ggf\.) Provision\b|\bmaschinelle Übersetzung\b|"
            r"\bautomatisiert übersetzt\b", _I)),
        ("media", re.compile(
            r"\bVerfügbar bis \d{1,2}\.\d{1,2}\.\d{4}|^\W*Dieses Thema im Programm\s*:|^\W*(?:Video|Audio)\s*\d{1,2}:\d{2}\s*Min", _I)),
        ("plug", re.compile(
            r"^(?=.*\b(?:Sie|Ihnen|Ihre?|du|dein\w*)\b).*\b(?:Newsletter|News-App|WhatsApp-Kanal|Podcast|Push-Mitteilung)"
            r"|\b(?:Newsletter|News-App|WhatsApp-Kanal|Podcast)\b.*\b(?:Sie|Ihnen|Ihre?|du|dein\w*)\b")),
        ("teaser", re.compile(r"\s(?:mehr|Mehr|weiterlesen|Weiterlesen|mehr lesen|Zum Artikel)\s*$|\blesen Sie (?:in|im|hier|auch|mehr|unserem)\b.{0,80}:?\s*$")),
        ("staff-credit", re.compile(
            r"^\W*(?:Redaktion|Schlussredaktion|Übersetzung|Recherche|Bildredaktion|Audioversion|Mitarbeit|Grafik|Produktion)\s*:\s*\S[^.]{0,60}(?:,|$)")),
        ("citation", re.compile(r"\(abgerufen am\s*:?", _I)),
        ("credit", re.compile(r"^\W*Mit (?:Material|Informationen) (?:von|der|des)\b.{0,160}\b(?:dpa|AFP|AP|Reuters|KNA|epd|APA|SDA|Nachrichtenagentur\w*)\b")),
    ),
)
