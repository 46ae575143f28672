"""Clean: strip page furniture from scraped article text, and drop documents that are no article
or a copy of another.

Scraped text mixes the article with what the page put around it: share buttons, comment-forum
invitations, video cards ("00:43" under a clip title), photo credits, "page not found" notices and
live-blog controls. Each line is judged on its own against patterns of such furniture; a line is
only removed when it matches one, so every line of the article itself survives.
"""

from __future__ import annotations

import contextlib
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

import ftfy

from newsfuse.daterange import check_year
from newsfuse.domain import Document, Problem
from newsfuse.options import Options

if TYPE_CHECKING:
    import numpy as np

# Whole lines that are page controls or labels, compared case-insensitively without punctuation.
_FURNITURE_LINES = {
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "print",
    "advertisement",
    "advert",
    "ad",
    "sponsored",
    "loading",
    "loading error",
    "refresh",
    "skip to main content",
    "skip to content",
    "skip navigation",
    "live updates",
    "live",
    "load more updates",
    "load more",
    "back to top",
    "read more",
    "related",
    "related articles",
    "related stories",
    "more on this story",
    "most read",
    "comments",
    "show comments",
    "view comments",
    "join the conversation",
    "join our commenting forum",
    "thank you for registering",
    "this page is not available",
    "page not found",
    "source",
    "video",
    "watch",
    "image",
    "photo",
    "close",
    "menu",
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "follow us",
    "continue reading",
    "topics",
    "next",
    "previous",
    "twitter",
    "facebook",
    "play facebook",
    "reddit",
    "linkedin",
    "whatsapp",
    "pinterest",
    "tweet with a location",
    "story continued below",
    "update",
    "more from",
    "image getty",
}

# Phrases that mark a (short) line as furniture wherever they appear in it.
_FURNITURE_PHRASES = re.compile(
    r"commenting forum|thought-provoking conversations|refresh (?:the|your) (?:page|browser)"
    r"|to be (?:automatically )?logged in|page (?:no longer exists|you requested|cannot be found)"
    r"|did not exist at all|check the address|requested content|enable javascript"
    r"|javascript (?:is )?(?:disabled|required)|accept (?:all )?cookies|uses? cookies"
    r"|sign up (?:for|to) (?:our|the)|newsletter|subscribe (?:now|today|to (?:our|the))"
    r"|all rights reserved|©|copyright \d{4}|click here|download (?:our|the) app"
    r"|^(?:download|subscribe to|listen to) .{0,80}\bon (?:apple podcasts|itunes|spotify)"
    r"|follow us on|share (?:this|on) |load more|latest .{0,40} reports$"
    r"|^(?:video|watch|listen|audio|gallery|in pictures)\s*[:|-]"
    r"|^video report by|^image (?:copyright|caption)|^photo(?:graph)?:|^picture:"
    r"|^(?:read|see) (?:more|also)\s*[:|-]|^related\s*[:|-]|^advertisement\b"
    # Embedded tweets, web-archive crawl notices, video-player messages, reprint notices.
    r"|location information to your tweets|tweet with a location|alexa internet has been donating"
    r"|crawls are part of an effort to archive|wayback machine|interactive transcript could not"
    r"|rating is available when the video|feature is not available right now"
    r"|personal, non-commercial use|dow jones reprints|thanks for subscribing"
    r"|^more from [\w .]{2,30}$|^photograph by "
    # A site's promotion under its article: follow us, like us, our newsletter, our feed.
    r"|^for (?:the )?latest [\w ,]{0,40}\bfollow @|\bfollow @\w+\.?$|like us on facebook"
    r"|^like [\w .&'-]{1,30} on facebook and follow\b"
    r"|(?:delivered|sent) (?:right |directly )?to your inbox(?: every \w+)?\.?$"
    r"|make sure to visit \S+ for (?:all )?(?:of )?our\b|add our (?:xml |rss )?feed"
    # A wire story's trailer (DUC and Gigaword newswire): who filed it, for whose clients, its
    # end marks, the writer's e-mail, the editors' desk numbers, "On the Net:" and its links.
    r"|^story filed by\b|^for use by (?:the )?(?:clients|subscribers) of\b|^endit$"
    r"|end of story\W*(?:&\w+;\W*)*$|^\(?distributed by\b|^\(?story can end here\b"
    r"|optional material follows"
    r"|e-mail address is\b|\w\(at\)\w[\w-]*\.(?:com|org|net)\b|^on the net\b"
    r"|^[\w .,&'’()-]{2,80}:\s*(?:https?://|www\.)\S+$",
    re.IGNORECASE,
)
# Machine notices no article sentence says, however long the line that holds them: web-archive
# crawl notices, video-player fallbacks, "follow this topic" prompts.
_NOTICES = re.compile(
    r"crawls are part of an effort to archive pages|media playback is unsupported on your device"
    r"|as an interest to stay up to date on the latest|^media caption\b"
    # A video player's embed box and a photo gallery's label with its captions after it.
    r"|\bcopy this code to your (?:website|site|blog)|^photos\s*:\s.{0,120}\bphotos\s*:\s"
    # A box of links in brackets: "[SEE THESE? Notable deaths | A life in pictures]".
    r"|^\[[^\]\n]{1,300}\|[^\]\n]{1,300}\]$",
    re.IGNORECASE,
)
# A video's caption that quotes someone ("Media caption Port mayor Ann Voss: "We ...""): the
# player's notice goes, the speaker and the words stay as a line of their own.
_MEDIA_QUOTE = re.compile(
    r"^(?:media playback is unsupported on your device\s*)?media caption\s+"
    r"(?P<said>[^:\"“”]{3,80}:\s*[\"“][^\"“”]{20,}[\"”])$",
    re.IGNORECASE,
)
# A clip length shown under a video title ("00:43", "1:02:15").
_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# A caption that ends with its credit: "... Credit: Reuters", "... Photo: AFP/Getty".
_CREDIT_TAIL = re.compile(
    r"(?:\bcredit|\bphoto(?:graph)?|\bimage|\bpicture)s?\s*:\s*[\w .,&/'’-]{2,40}$", re.IGNORECASE
)
# "Jane Doe, AFP | A man carries ..." or "(Photo by Jane Doe/Getty Images)".
_AGENCY_CAPTION = re.compile(
    r"^[\w .’'-]{3,50},\s*[A-Z][A-Z0-9 /]{1,20}\s*\|\s|^\((?:photo|image|picture) by [^)]*\)$",
    re.IGNORECASE,
)
# A wire credit alone on a line: "(FRANCE 24 with AFP)", "(Reuters)", "- AP".
_WIRE_CREDIT = re.compile(
    r"^[(\[]?[A-Z0-9][\w .]{0,30}(?: with [\w ]{2,20})?[)\]]$|^[-–—]\s?[A-Z]{2,8}$"
)
# A separator drawn with characters: "___", "***", "-----".
_RULE = re.compile(r"^[_*=~#-]{3,}$")
# A photo credit alone on a line: "Jane Doe/Reuters", "(Image: Getty)".
_PHOTO_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s?/\s?[A-Z][\w .&-]{1,30}$"
    r"|^\((?:image|photo): [^)]*\)$"
)
# A photo caption's closing credit: "... (David Doe / Staff Photographer)", "... (AP Photo/Jane
# Doe)", "... (Photo: Getty Images)", "... AP Photo/Jane Doe".
_CAPTION_CREDIT = re.compile(
    r"\([^()]{0,80}\b(?:Photo|Photographer|Photos|Getty|Images?|Associated Press|Credit|Courtesy"
    r"|WireImage|Invision)\b[^()]{0,40}\)$|\bAP Photo/[^()]{2,40}$|\bGetty Images$"
)
# A gallery's numbered slide ("2/18 On Senator McCain ... Getty Images", with its credit: "9/11" and
# "24/7 Wall St." open sentences too) and a video player's blurb ("CLOSE Kevin Spacey was accused
# ... USA TODAY", "JUST WATCHED Lion escapes Replay More Videos ... MUST WATCH Lion escapes 01:33"):
# captions, however long.
_SLIDE_NUMBER = re.compile(r"^\d{1,3}/\d{1,3}\s")
_VIDEO_BLURB = re.compile(r"^CLOSE [A-Z]|^JUST WATCHED\b.*\b(?:Replay|MUST WATCH)\b")
# A wire caption cut short before its credit: "... Police in Malaysia... (Associated Press)".
_CAPTION_TEASER = re.compile(r"(?:\.\.\.|…)\s*\([^()]{2,60}\)$|\bAP Photo/[^()]{2,40}$")
#: A line this short that ends with a photo credit is a caption; a longer one is a paragraph with a
#: credit appended (New York Times wire copy), unless its caption was cut short before the credit.
_CAPTION_WORDS = 40
_SOURCE_LABEL = re.compile(r"^(?:source|via|credit)\s*:\s*(.*)$", re.IGNORECASE)

_WORD = re.compile(r"\w+")


def _normalised(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def _looks_like_title(line: str) -> bool:
    """A clip or story title: short and without the full stop that ends an article sentence."""
    stripped = line.strip()
    return len(stripped.split()) <= 20 and not re.search(r"[.!?][\"'”’)]*$", stripped)


def is_furniture(line: str) -> bool:
    """Whether one line, on its own, is page furniture rather than article text."""
    stripped = line.strip().strip("•·*-–— ").strip()
    if not stripped:
        return False
    if _normalised(stripped) in _FURNITURE_LINES or _NOTICES.search(stripped):
        return True
    if _DURATION.match(stripped) or _RULE.match(line.strip()):
        return True
    if _PHOTO_CREDIT.match(stripped):
        return True
    words = len(stripped.split())
    if words <= 40 and _FURNITURE_PHRASES.search(stripped):
        return True
    if words <= 40 and (_CREDIT_TAIL.search(stripped) or _AGENCY_CAPTION.match(stripped)):
        return True
    if _VIDEO_BLURB.match(stripped):
        return True
    if _CAPTION_CREDIT.search(stripped) and (
        words <= _CAPTION_WORDS or _CAPTION_TEASER.search(stripped) or _SLIDE_NUMBER.match(stripped)
    ):
        return True  # a photo caption: its sentences describe a picture, not the news
    return words <= 6 and bool(_WIRE_CREDIT.match(stripped))


# Wire and TeX-style quotation marks (DUC, TAC and Gigaword newswire): ``opened'' or ''opened''
# with two apostrophes. Two after a figure are inches ("6' 1''", "a 55'' screen"), no quotation.
_DOUBLED_MARK = re.compile(r"``|(?<!\d)'''?")


def with_curly_quotes(line: str) -> str:
    """A line with doubled quote marks (``...'' or ''...'') in curly ones, so that quotations
    read as quotations; ``` `` ``` always opens, ``''`` opens or closes in turn (a quotation that
    runs on into the next paragraph opens again there, as news copy does)."""
    if "``" not in line and "''" not in line:
        return line
    parts, opened, at = [], False, 0
    for mark in _DOUBLED_MARK.finditer(line):
        opening = mark.group() == "``" or not opened
        curly = "“" if opening else "”"
        if len(mark.group()) == 3:
            # a quotation inside the quotation opens or closes with it: "... `Let's Do It,'"
            # then the closing mark
            curly = "“'" if opening else "'”"
        parts += [line[at : mark.start()], curly]
        opened, at = opening, mark.end()
    return "".join(parts) + line[at:]


# A closing mark lost to a wrong decoding ("“Every case ...,\ufffd? Carson said"): the
# replacement character and a question mark where ” was, after a word or its punctuation.
_BROKEN_CLOSING = re.compile(r"(?<=\S)\ufffd\?(?=\s|$)")


def with_closing_marks_mended(line: str) -> str:
    """A line whose quotations open with “ and close with a mis-decoded mark ("\ufffd?"),
    closed with ” again; a "\ufffd?" with no quotation open before it is left as it is."""
    if "\ufffd?" not in line:
        return line
    parts, at = [], 0
    for mark in _BROKEN_CLOSING.finditer(line):
        parts.append(line[at : mark.start()])
        done = "".join(parts)
        parts.append("”" if done.count("“") > done.count("”") else mark.group())
        at = mark.end()
    return "".join(parts) + line[at:]


# Text decoded with the wrong code page: “ as "â€œ" or "â\x80\x9c", "QuÃ©bec", a cp1252 dash
# left as the control character "\x97". A cheap sign of it first; ftfy mends what it finds.
_MOJIBAKE_HINT = re.compile("[\x80-\x9f]|[ÂÃÄÅâ][\xa0-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def with_encoding_mended(text: str) -> str:
    """The text with mojibake undone (ftfy), where there are signs of it."""
    return ftfy.fix_encoding(text) if _MOJIBAKE_HINT.search(text) else text


# An apostrophe lost to a wrong decoding ("the Council?s report", "don?t", "I\ufffdm"): a
# question mark or the replacement character between a word and the ending of a possessive or a
# contraction, then a space or punctuation (not a web address's "index.php?s=kell").
_BROKEN_APOSTROPHE = re.compile(
    r"(?<=[A-Za-z])(?:\ufffd\??|\?)(?=(?:s|t|re|ve|ll|d|m)(?:[\s,.;:!)]|$))"
)


# Double quotation marks of both kinds: curly and straight.
# (A straight mark after a figure is inches: "a 55" screen".)
_DOUBLE_MARK = re.compile(r"[“”]|(?<!\d)\"")


def with_marks_matched(line: str) -> str:
    """A line whose quotations open with a curly mark and close with a straight one (“While
    ...," she said), as pages that mend some marks and not others print them, with every
    straight mark curly: it closes the quotation open before it, else opens one."""
    if '"' not in line or ("“" not in line and "”" not in line):
        return line
    parts, opened, at = [], False, 0
    for mark in _DOUBLE_MARK.finditer(line):
        curly = mark.group()
        if curly == '"':
            curly = "”" if opened else "“"
        parts += [line[at : mark.start()], curly]
        opened, at = curly == "“", mark.end()
    return "".join(parts) + line[at:]


# Two sentences glued where a paragraph break was lost ("... the office of Senator Akaka.The
# medal is ..."): a word's end, a full stop and a capitalised word, with no space between.
# (Not an address: "Jane.Doe@kell.com", "kell.News/world".)
_GLUED_SENTENCES = re.compile(
    # "... Sen. Akaka.The bill", "... World War II.The 442nd" (a Roman numeral of two letters
    # or more: "J.R.R." and "Ann V.Hill" stay)
    r"(?:(?<=[a-z]{2})|(?<=\s[IVX][IVX])|(?<=\s[IVX]{3})|(?<=\s[IVX]{4}))"
    r"\.(?=[A-Z][a-z]*[\s,;:'’])"
)


def clean_text(text: str) -> str:
    """Remove furniture lines from one article's text; article lines are kept verbatim but for
    doubled quote marks, which become curly ones (:func:`with_curly_quotes`), and closing marks
    lost to a wrong decoding (:func:`with_closing_marks_mended`), straight marks among curly
    ones (:func:`with_marks_matched`), apostrophes lost to a wrong decoding (’ again) and
    sentences glued together (a space after the stop); text decoded with the wrong code page
    is mended first (:func:`with_encoding_mended`)."""
    text = with_encoding_mended(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [
        _GLUED_SENTENCES.sub(
            ". ", with_marks_matched(with_closing_marks_mended(with_curly_quotes(line)))
        )
        for line in _BROKEN_APOSTROPHE.sub("’", text).split("\n")
    ]
    drop = [False] * len(lines)
    content = [i for i, line in enumerate(lines) if line.strip()]
    for position, i in enumerate(content):
        line = lines[i].strip()
        quoted = _MEDIA_QUOTE.match(line)
        if quoted:
            lines[i] = line = quoted["said"]
        if is_furniture(line):
            drop[i] = True
        if _DURATION.match(line):
            # A video card: the clip title above the duration, and below it the blurb (often
            # printed twice) down to its "Source: ..." label.
            if position > 0 and _looks_like_title(lines[content[position - 1]]):
                drop[content[position - 1]] = True
            for j in content[position + 1 : position + 5]:
                drop[j] = True
                if _SOURCE_LABEL.match(lines[j].strip()):
                    break
            else:
                # No "Source:" label follows: only the lines up to the first one that repeats.
                for j in content[position + 1 : position + 5]:
                    drop[j] = False
        label = _SOURCE_LABEL.match(line)
        if label and not label.group(1).strip() and position + 1 < len(content):
            following = content[position + 1]
            if len(lines[following].split()) <= 4:  # "Source:" then the agency on its own line
                drop[following] = True
    kept: list[str] = []
    previous = None
    for i, line in enumerate(lines):
        if drop[i]:
            continue
        if line.strip() and line.strip() == previous:
            continue  # a caption or blurb printed twice in a row
        if line.strip():
            previous = line.strip()
        kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


# "Wednesday 21 September 2016 16:17 BST", "Sept. 21, 2016", "2016-09-21": a dateline alone.
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATELINE = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTHS})\.?|(?P<m2>{_MONTHS})\.?\s+(?P<d2>\d{{1,2}}),?)"
    rf"\s+(?P<y>\d{{4}})(?:,?\s+(?P<h>\d{{1,2}}):(?P<mi>\d{{2}}).*)?$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


# "Copyright © 2012 AFP", "(c) 2017": the page's year. A range ("© 2003-2024 Kell Media") is
# the site's template, not the article's.
_COPYRIGHT = re.compile(
    r"(?:Copyright|©|\([cC]\))\s*(?:©\s*)?(?P<range>(?:19|20)\d\d\s*[-–]\s*)?"
    r"(?P<year>(?:19|20)\d\d)\b"
)


def find_copyright_year(text: str) -> int | None:
    """The year of a page's copyright line, if it prints one year (and no range)."""
    found = list(_COPYRIGHT.finditer(text))
    years = {int(m["year"]) for m in found}
    if len(years) != 1 or any(m["range"] for m in found):
        return None
    return years.pop()


# A caption's day with its weekday and year, as wire photos print it: "Tuesday, Jan. 24, 2017",
# also with the commas misplaced ("Saturday, May, 3, 2014", "Friday, May, 2 2014").
_PICTURE_DAY = re.compile(
    rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+(?P<m>{_MONTHS})\.?,?\s+(?P<d>\d{{1,2}}),?"
    rf"\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "In this Jan. 10, 2009 file photo", "(AP Photo/Jane Doe, File)": an old picture.
_FILE_PHOTO = re.compile(r"\bfile\b", re.IGNORECASE)


def find_picture_day(text: str) -> date | None:
    """The latest day that the page's news photo captions state (not file photos), if any."""
    days = []
    for line in text.splitlines():
        line = line.strip()
        if not _CAPTION_CREDIT.search(line) or _FILE_PHOTO.search(line):
            continue
        for match in _PICTURE_DAY.finditer(line):
            month = [m[:3] for m in _MONTHS.split("|")].index(match["m"][:3].lower()) + 1
            with contextlib.suppress(ValueError):
                days.append(check_year(datetime(int(match["y"]), month, int(match["d"]))).date())
    return max(days, default=None)


def find_dateline(text: str, lines: int = 12) -> datetime | None:
    """The publication date printed alone on one of the first lines of an article, if any."""
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:lines]:
        match = _DATELINE.match(line)
        if match:
            month_name = (match["m1"] or match["m2"])[:3].lower()
            month = [m[:3] for m in _MONTHS.split("|")].index(month_name) + 1
            day = int(match["d1"] or match["d2"])
            hour, minute = int(match["h"] or 0), int(match["mi"] or 0)
            try:
                return check_year(datetime(int(match["y"]), month, day, hour, minute))
            except ValueError:
                continue
        iso = _ISO_DATE.match(line)
        if iso and len(line) <= 25:
            year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
            try:
                return check_year(datetime(year, month, day, int(iso[4] or 0), int(iso[5] or 0)))
            except ValueError:
                continue
    return None


def shingles(text: str, size: int = 5) -> np.ndarray:
    """The text's word ``size``-grams as sorted, distinct 32-bit hashes, the same in every
    process (so a store can keep them)."""
    import numpy as np  # loaded on use: ingest imports this module and must start fast

    words = _WORD.findall(text.lower())
    if len(words) < size:
        return np.zeros(0, dtype=np.uint32)
    codes: dict[str, int] = {}
    hashed = np.array([codes.setdefault(w, zlib.crc32(w.encode())) for w in words], dtype=np.uint64)
    # A polynomial hash of each run of ``size`` word hashes, modulo 2**32.
    grams = np.zeros(len(words) - size + 1, dtype=np.uint64)
    for offset in range(size):
        grams = (grams * np.uint64(1_000_003) + hashed[offset : offset + len(grams)]) & np.uint64(
            0xFFFFFFFF
        )
    return np.unique(grams.astype(np.uint32))


def shingle_overlap(first: np.ndarray, second: np.ndarray) -> float:
    """The share of the smaller text's shingles that the other also has: 1.0 for a copy."""
    import numpy as np

    common = len(np.intersect1d(first, second, assume_unique=True))
    return common / (min(len(first), len(second)) or 1)


class _ShingleIndex:
    """Which kept texts hold each shingle, so a text is compared only with the texts it shares
    shingles with (every pair would make a 1,000-article story quadratic)."""

    def __init__(self, kept_shingles: list[np.ndarray]):
        self.kept_shingles = kept_shingles
        self.holders: dict[int, set[int]] = {}

    def add(self, at: int, text_shingles: np.ndarray) -> None:
        holders = self.holders
        for shingle in text_shingles.tolist():
            if shingle in holders:
                holders[shingle].add(at)
            else:
                holders[shingle] = {at}

    def remove(self, at: int, text_shingles: np.ndarray) -> None:
        for shingle in text_shingles.tolist():
            self.holders[shingle].discard(at)

    def first_copy(self, text_shingles: np.ndarray, threshold: float) -> int | None:
        """The earliest kept text that ``text_shingles`` nearly copies (as shingle_overlap)."""
        holders = self.holders
        shared = Counter(
            at
            for shingle in text_shingles.tolist()
            if shingle in holders
            for at in holders[shingle]
        )
        for at in sorted(shared):
            smaller = min(len(text_shingles), len(self.kept_shingles[at])) or 1
            if shared[at] / smaller >= threshold:
                return at
        return None


@dataclass
class Cleaned:
    documents: list[Document]
    problems: list[Problem]
    #: For each kept document, its index in the input list.
    kept: list[int]
    #: For each kept document, its text's shingles (the check for mixed stories reads them too).
    shingles: list[np.ndarray] = field(default_factory=list)


#: A near copy replaces the kept text it copies when it is this much longer (in shingles).
_FULLER_COPY = 1.25
#: How much of a dropped near copy's text is kept for its dateline and lead.
_COPY_LEAD_CHARS = 800


def clean_documents(documents: list[Document], options: Options | None = None) -> Cleaned:
    """Clean every document; drop the ones with no article and the near copies of an earlier one."""
    options = options or Options()
    kept_documents: list[Document] = []
    kept_index: list[int] = []
    kept_shingles: list[np.ndarray] = []
    copies = _ShingleIndex(kept_shingles)
    problems: list[Problem] = []
    # The days that pages of photo captions alone (skipped: no article text) picture.
    skipped_pictured: list[date] = []
    for index, document in enumerate(documents):
        name = document.source or document.id or f"document {index + 1}"
        text = clean_text(document.text)
        words = len(text.split())
        if words < options.min_document_words:
            reason = "empty" if not document.text.strip() else "no article text"
            problems.append(
                Problem(name, f"{reason} after cleaning ({words} words); document skipped")
            )
            if not document.published and (day := find_picture_day(document.text)):
                skipped_pictured.append(day)
            continue
        text_shingles = shingles(text)
        copy_at = copies.first_copy(text_shingles, options.duplicate_threshold)
        published = document.published or find_dateline(text)
        year = None if published else find_copyright_year(document.text)
        pictured = None if published else find_picture_day(document.text)
        cleaned = Document(
            text=text,
            source=document.source or f"document {index + 1}",
            url=document.url,
            title=document.title,
            published=published,
            author=document.author,
            id=document.id or str(index + 1),
            number=document.number or index + 1,
            year=year,
            pictured=pictured,
        )
        if copy_at is None:
            kept_documents.append(cleaned)
            kept_index.append(index)
            kept_shingles.append(text_shingles)
            copies.add(len(kept_shingles) - 1, text_shingles)
            continue
        kept, skipped = kept_documents[copy_at], cleaned
        if len(text_shingles) >= _FULLER_COPY * len(kept_shingles[copy_at]):
            # The later text holds the earlier one and much more (a wire story carried in full
            # after a short excerpt): keep the fuller text in the earlier one's place.
            kept, skipped = cleaned, kept_documents[copy_at]
            kept_documents[copy_at], kept_index[copy_at] = cleaned, index
            copies.remove(copy_at, kept_shingles[copy_at])
            kept_shingles[copy_at] = text_shingles
            copies.add(copy_at, text_shingles)
        kept.copy_leads += [skipped.text[:_COPY_LEAD_CHARS], *skipped.copy_leads]
        where = name if skipped is cleaned else skipped.source
        problems.append(Problem(where, f"near copy of {kept.source}; document skipped"))
    if skipped_pictured:
        # A gallery page of the same story is no article, but its captions date the story's
        # photos: the undated articles were written on that day or just after.
        for document in kept_documents:
            if not document.published and not document.pictured:
                document.pictured = max(skipped_pictured)
    return Cleaned(kept_documents, problems, kept_index, kept_shingles)
