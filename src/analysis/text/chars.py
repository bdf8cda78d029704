"""Character tables for Arabic text, written as escapes with the letters in comments.

The package's character ranges and classes (letters, marks, digits, separators, controls,
presentation forms) are defined here once; regular expressions and translation tables
elsewhere are built from these constants. Single letters that carry a meaning of their
own (the clitics in :mod:`analysis.text.clitics`, pronoun suffixes in the stemmer) are
written beside the code that uses them, as escapes with the letters in a comment.
"""

from __future__ import annotations


def char_range(first: str, last: str) -> str:
    """All characters from ``first`` to ``last`` inclusive, as one string."""
    return "".join(chr(code) for code in range(ord(first), ord(last) + 1))


# Harakat and other Arabic combining marks: ً ٌ ٍ َ ُ ِ ّ ْ ٓ ٔ ٕ ... (U+064B-U+065F)
# plus the superscript (dagger) alef ٰ (U+0670).
DIACRITICS = char_range("\u064b", "\u065f") + "\u0670"

# Tatweel (kashida) ـ, a stretching stroke with no meaning.
TATWEEL = "\u0640"

# Arabic letters: ء آ أ ؤ إ ئ ا ب ة ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ (U+0620-U+063F),
# ف ق ك ل م ن ه و ى ي (U+0641-U+064A), and the letters of Persian, Urdu and other
# languages written in Arabic script: ٱ ... ۓ (U+0671-U+06D3), ە (U+06D5), ۺ ۻ ۼ ۿ.
ARABIC_LETTERS = (
    char_range("\u0620", "\u063f")
    + char_range("\u0641", "\u064a")
    + char_range("\u0671", "\u06d3")
    + "\u06d5"
    + char_range("\u06fa", "\u06fc")
    + "\u06ff"
)

# Alef with hamza above, hamza below, madda, and wasla: أ إ آ ٱ
ALEF_VARIANTS = "\u0623\u0625\u0622\u0671"
# Bare alef: ا
ALEF = "\u0627"

# Alef maqsura ى (U+0649) and yeh ي (U+064A).
ALEF_MAQSURA = "\u0649"
YEH = "\u064a"
# Teh marbuta ة (U+0629) and heh ه (U+0647).
TEH_MARBUTA = "\u0629"
HEH = "\u0647"
# Waw with hamza ؤ (U+0624) and yeh with hamza ئ (U+0626); bare waw و (U+0648).
WAW_HAMZA = "\u0624"
YEH_HAMZA = "\u0626"
WAW = "\u0648"

# Arabic-Indic digits ٠١٢٣٤٥٦٧٨٩ and extended (Persian/Urdu) digits ۰۱۲۳۴۵۶۷۸۹.
ARABIC_INDIC_DIGITS = char_range("\u0660", "\u0669")
EXTENDED_DIGITS = char_range("\u06f0", "\u06f9")
ASCII_DIGITS = "0123456789"
DIGITS = ASCII_DIGITS + ARABIC_INDIC_DIGITS + EXTENDED_DIGITS

# Separators between digit groups in "7 500": space, no-break space, narrow no-break
# space, thin space, comma, Arabic thousands separator ٬.
THOUSANDS_SEPARATORS = " \u00a0\u202f\u2009,\u066c"
# Decimal separators: full stop, comma (in "1,3 مليون"), Arabic decimal separator ٫.
DECIMAL_SEPARATORS = ".,\u066b"

# Arabic punctuation: comma ، semicolon ؛ question mark ؟ full stop ۔
ARABIC_COMMA = "\u060c"
ARABIC_SEMICOLON = "\u061b"
ARABIC_QUESTION_MARK = "\u061f"
ARABIC_FULL_STOP = "\u06d4"

# Marks that end a sentence: . ! ? … ؟ ؛ ۔
SENTENCE_TERMINATORS = ".!?\u2026" + ARABIC_QUESTION_MARK + ARABIC_SEMICOLON + ARABIC_FULL_STOP

# Invisible format characters: zero-width space/non-joiner/joiner, LRM, RLM (U+200B-U+200F),
# Arabic letter mark ALM (U+061C), bidi embeddings and overrides (U+202A-U+202E) and
# isolates (U+2066-U+2069). They change how text is displayed, never what it says.
INVISIBLE_CONTROLS = (
    char_range("\u200b", "\u200f")
    + "\u061c"
    + char_range("\u202a", "\u202e")
    + char_range("\u2066", "\u2069")
    + "\ufeff"  # zero-width no-break space (a byte-order mark inside the text)
)

# Presentation forms: letters already shaped for display (joined glyph variants).
# They appear only in text that was reshaped for drawing, never in logical text.
PRESENTATION_FORMS_A = char_range("\ufb50", "\ufdff")
PRESENTATION_FORMS_B = char_range("\ufe70", "\ufeff")
# The letter forms of both blocks, without U+FEFF at the end of the second: that one is
# the zero-width no-break space (a byte-order mark), an invisible control, not a letter.
PRESENTATION_LETTERS = PRESENTATION_FORMS_A + PRESENTATION_FORMS_B.replace("\ufeff", "")
