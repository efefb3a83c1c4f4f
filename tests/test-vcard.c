/* test-vcard.c: vCard import and export
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expectations come from RFC 6350 (vCard 4.0), RFC 2426 (3.0), the 2.1
 * specification and the fixtures in tests/data/vcard (see its README),
 * never from the program's own output.
 */
#include "config.h"

#include <string.h>

#include "fu-vcard.h"

/* Helpers */

static GPtrArray *
parse_fixture (const char  *name,
               GPtrArray  **problems)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "vcard", name, NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return fu_vcard_parse (contents, len, problems);
}

static GPtrArray *
parse_string (const char  *data,
              GPtrArray  **problems)
{
  return fu_vcard_parse (data, strlen (data), problems);
}

/* @array holds exactly the NULL-terminated strings that follow. */
static void
assert_list (GPtrArray  *array,
             ...)
{
  va_list args;
  const char *expected;
  guint i = 0;

  va_start (args, array);
  while ((expected = va_arg (args, const char *)) != NULL)
    {
      g_assert_cmpuint (i, <, array->len);
      g_assert_cmpstr (g_ptr_array_index (array, i), ==, expected);
      i++;
    }
  va_end (args);

  g_assert_cmpuint (array->len, ==, i);
}

static void
assert_no_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("unexpected problem: %s", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

static FuVCardContact *
card (GPtrArray *cards,
      guint      index)
{
  g_assert_cmpuint (index, <, cards->len);
  return g_ptr_array_index (cards, index);
}

static FuVCardContact *
contact_new_named (const char *full_name)
{
  FuVCardContact *c = fu_vcard_contact_new ();

  c->full_name = g_strdup (full_name);
  return c;
}

/* Fixtures */

static void
test_vcard_gnome_contacts (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = parse_fixture ("gnome-contacts.vcf", &problems);
  FuVCardContact *c;

  assert_no_problems (problems);
  g_assert_cmpuint (cards->len, ==, 2);

  c = card (cards, 0);
  g_assert_cmpstr (c->uid, ==, "pas-id-66B0A7D20000000A");
  g_assert_cmpstr (c->full_name, ==, "Élodie Martin");
  g_assert_cmpstr (c->given_name, ==, "Élodie");
  g_assert_cmpstr (c->family_name, ==, "Martin");
  g_assert_cmpstr (c->organization, ==, "Hartley & Webb Recruitment");
  g_assert_cmpstr (c->title, ==, "Senior Consultant, Technology");
  /* PREF=1 is the preferred one although it comes second (RFC 6350 5.3) */
  assert_list (c->emails, "elodie@martin.example", "elodie.martin@hartleywebb.example", NULL);
  assert_list (c->phones, "+44-7700-900123", "+44 20 7946 0000", NULL);
  g_assert_cmpstr (c->linkedin_url, ==, "https://www.linkedin.com/in/elodie-martin");
  assert_list (c->urls, "https://hartleywebb.example/team", NULL);
  assert_list (c->addresses, "1 Market Street\nLondon EC1A 1AA\nUnited Kingdom", NULL);
  g_assert_cmpstr (c->note, ==, "Met at the London tech fair.\nPrefers email before 10am; calls after.");
  g_assert_null (c->part);

  /* The data: URI photo spans 55 folded lines; what follows it is read */
  c = card (cards, 1);
  g_assert_cmpstr (c->full_name, ==, "Chidi Okafor");
  g_assert_cmpstr (c->organization, ==, "Acme Analytics");
  assert_list (c->emails, "chidi.okafor@acme.example", NULL);
  g_assert_cmpuint (c->urls->len, ==, 0);
  g_assert_null (c->note);
}

static void
test_vcard_google (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = parse_fixture ("google.vcf", &problems);
  FuVCardContact *c;

  assert_no_problems (problems);
  g_assert_cmpuint (cards->len, ==, 2);

  c = card (cards, 0);
  g_assert_cmpstr (c->full_name, ==, "Priya Raman");
  g_assert_cmpstr (c->family_name, ==, "Raman");
  assert_list (c->emails, "priya.raman@northwind.example", "Priya.Raman@gmail.example", NULL);
  assert_list (c->phones, "+1 415-555-0134", NULL);
  g_assert_cmpstr (c->organization, ==, "Northwind Traders");
  g_assert_cmpstr (c->title, ==, "Engineering Manager");
  /* Google escapes the colon of a URL */
  g_assert_cmpstr (c->linkedin_url, ==, "https://www.linkedin.com/in/priya-raman-42");
  assert_list (c->urls, "https://priya.example/blog", NULL);
  g_assert_cmpstr (c->note, ==, "Hiring manager for the platform team. Two kids, loves hiking.");

  /* Labelled "LinkedIn" by its item group, though not on linkedin.com */
  c = card (cards, 1);
  g_assert_cmpstr (c->full_name, ==, "José Álvarez");
  g_assert_cmpstr (c->given_name, ==, "José");
  g_assert_cmpstr (c->family_name, ==, "Álvarez");
  assert_list (c->emails, "jose@talentia.example", NULL);
  assert_list (c->phones, "+34 91 555 0142", NULL);
  g_assert_cmpstr (c->organization, ==, "Talentia Search");
  g_assert_cmpstr (c->linkedin_url, ==, "https://talentia.example/team/jose");
  g_assert_cmpuint (c->urls->len, ==, 0);
}

static void
test_vcard_apple (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = parse_fixture ("apple.vcf", &problems);
  FuVCardContact *c;

  assert_no_problems (problems);
  g_assert_cmpuint (cards->len, ==, 2);

  c = card (cards, 0);
  g_assert_cmpstr (c->full_name, ==, "Siobhán O’Brien");
  g_assert_cmpstr (c->given_name, ==, "Siobhán");
  g_assert_cmpstr (c->family_name, ==, "O’Brien");
  g_assert_cmpstr (c->organization, ==, "Contoso Ltd.");
  g_assert_cmpstr (c->title, ==, "Talent Partner");
  /* type=pref (RFC 2426 3.3.2) wins over the order in the file */
  assert_list (c->emails, "siobhan.obrien@contoso.example", "s.obrien@contoso.example", NULL);
  assert_list (c->phones, "+353 87 555 0199", "+353 1 555 0100", NULL);
  assert_list (c->addresses, "22 Harcourt Street\nDublin D02 XY45\nIreland", NULL);
  g_assert_cmpstr (c->linkedin_url, ==, "http://www.linkedin.com/in/siobhanobrien");
  assert_list (c->urls, "http://twitter.com/siobhan", NULL);
  g_assert_cmpstr (c->note, ==, "Referred me to the Contoso role.");

  /* The card after the 40 kB photo: a company card */
  c = card (cards, 1);
  g_assert_cmpstr (c->full_name, ==, "Fabrikam Recruitment");
  g_assert_null (c->given_name);
  g_assert_null (c->family_name);
  g_assert_cmpstr (c->organization, ==, "Fabrikam Recruitment");
  assert_list (c->phones, "0800 555 0101", NULL);
  g_assert_cmpuint (c->emails->len, ==, 0);
}

static void
test_vcard_outlook_quoted_printable (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = parse_fixture ("outlook-2.1.vcf", &problems);
  FuVCardContact *c;

  assert_no_problems (problems);
  g_assert_cmpuint (cards->len, ==, 3);

  /* The soft line break falls between the two bytes of "ü" */
  c = card (cards, 0);
  g_assert_cmpstr (c->full_name, ==, "Jörg Müller");
  g_assert_cmpstr (c->given_name, ==, "Jörg");
  g_assert_cmpstr (c->family_name, ==, "Müller");
  g_assert_cmpstr (c->organization, ==, "Fabrikam GmbH");
  g_assert_cmpstr (c->title, ==, "Leiter Personal");
  /* A bare ;PREF is 2.1's way of saying preferred */
  assert_list (c->phones, "+49 151 5550 9876", "+49 30 5550 1234", NULL);
  assert_list (c->emails, "joerg.mueller@fabrikam.example", NULL);
  g_assert_cmpstr (c->note, ==, "Erstes Gespräch am Montag.\nZweite Zeile mit Umbruch.");
  assert_list (c->addresses, "Straße des 17. Juni 1\nBerlin 10623\nDeutschland", NULL);
  assert_list (c->urls, "http://www.fabrikam.example", NULL);
  g_assert_null (c->linkedin_url);

  /* ISO-8859-1, quoted-printable and raw; the photo is skipped */
  c = card (cards, 1);
  g_assert_cmpstr (c->full_name, ==, "María González");
  g_assert_cmpstr (c->given_name, ==, "María");
  g_assert_cmpstr (c->family_name, ==, "González");
  assert_list (c->phones, "+34600555123", NULL);
  g_assert_cmpstr (c->note, ==, "Café con leche");

  /* 2.1 has no \n escape: a Windows path stays one */
  c = card (cards, 2);
  g_assert_cmpstr (c->full_name, ==, "Alex Smith");
  assert_list (c->emails, "alex.smith@example.com", NULL);
  g_assert_cmpstr (c->note, ==, "CV in C:\\new\\cv.docx");
}

static void
test_vcard_one_bad_card (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = parse_fixture ("one-bad-card.vcf", &problems);

  g_assert_cmpuint (cards->len, ==, 3);
  g_assert_cmpstr (card (cards, 0)->full_name, ==, "Anna Kowalska");
  g_assert_cmpstr (card (cards, 1)->full_name, ==, "Ben Carter");
  g_assert_cmpstr (card (cards, 2)->full_name, ==, "Dana Whitfield");
  assert_list (card (cards, 2)->emails, "dana@example.org", NULL);

  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "Card 3 was skipped: it has no name");
}

/* Every way a card can be bad, each among good ones. */
static void
test_vcard_bad_cards_reported_by_number (void)
{
  static const char data[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:One\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Two lacks its end\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Three\r\nEND:VCARD\r\n"
    "VERSION:3.0\r\nFN:Four lacks its begin\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Five \xC3\x28 is not UTF-8\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Six =ZZ\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Seven\r\nNOTE:\xFF\xFE\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-NO-SUCH-CHARSET:Eight\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ten\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eleven lacks its end at the end of the file\r\n";
  static const char * const expected[] = {
    "Card 2 was skipped: it does not end with END:VCARD",
    "Card 4 was skipped: it does not start with BEGIN:VCARD",
    "Card 5 was skipped: some of its text is in a broken or unknown encoding",
    "Card 6 was skipped: some of its text is in a broken or unknown encoding",
    "Card 7 was skipped: some of its text is in a broken or unknown encoding",
    "Card 8 was skipped: some of its text is in a broken or unknown encoding",
    "Card 9 was skipped: it has no name",
    "Card 11 was skipped: it does not end with END:VCARD",
  };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = parse_string (data, &problems);

  g_assert_cmpuint (cards->len, ==, 3);
  g_assert_cmpstr (card (cards, 0)->full_name, ==, "One");
  g_assert_cmpstr (card (cards, 1)->full_name, ==, "Three");
  g_assert_cmpstr (card (cards, 2)->full_name, ==, "Ten");

  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (problems, i), ==, expected[i]);
}

/* A NUL byte is not text: that card is bad, the next one is fine. */
static void
test_vcard_nul_byte (void)
{
  static const char data[] =
    "BEGIN:VCARD\nFN:Nul\0here\nEND:VCARD\n"
    "BEGIN:VCARD\nFN:After\nEND:VCARD\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = fu_vcard_parse (data, sizeof data - 1, &problems);

  g_assert_cmpuint (cards->len, ==, 1);
  g_assert_cmpstr (card (cards, 0)->full_name, ==, "After");
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "Card 1 "));
}

/* RFC 6350 3.2 folding with either whitespace, and every line end. */
static void
test_vcard_line_ends_and_folding (void)
{
  static const char * const variants[] = {
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo\r\n hn Smith\r\nEMAIL:jo\r\n\thn@example.com\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\nVERSION:3.0\nFN:Jo\n hn Smith\nEMAIL:jo\n\thn@example.com\nEND:VCARD\n",
    "BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Jo\r\r\n hn Smith\r\r\nEMAIL:jo\r\r\n\thn@example.com\r\r\nEND:VCARD",
    "\xEF\xBB\xBF" "BEGIN:VCARD\n\nVERSION:3.0\nFN:John Smith\nEMAIL:john@example.com\nEND:VCARD\n\n\n",
    "begin:vcard\nversion:3.0\nfn:John Smith\nemail:john@example.com\nend:vcard\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GPtrArray) cards = parse_string (variants[i], &problems);

      g_test_message ("variant %u", i);
      assert_no_problems (problems);
      g_assert_cmpuint (cards->len, ==, 1);
      g_assert_cmpstr (card (cards, 0)->full_name, ==, "John Smith");
      assert_list (card (cards, 0)->emails, "john@example.com", NULL);
    }
}

/* Outlook can save UTF-16 with a byte order mark. */
static void
test_vcard_utf16 (void)
{
  static const char card_text[] = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Nuñez;Inés\r\nEND:VCARD\r\n";
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) data = g_string_new_len ("\xFF\xFE", 2);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  gsize len = 0;

  utf16 = g_convert (card_text, -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
  g_assert_nonnull (utf16);
  g_string_append_len (data, utf16, len);

  cards = fu_vcard_parse (data->str, data->len, &problems);
  assert_no_problems (problems);
  g_assert_cmpuint (cards->len, ==, 1);
  g_assert_cmpstr (card (cards, 0)->given_name, ==, "Inés");
  g_assert_cmpstr (card (cards, 0)->family_name, ==, "Nuñez");
  /* No FN: the name is made from N */
  g_assert_cmpstr (card (cards, 0)->full_name, ==, "Inés Nuñez");
}

/* The parameter forms of RFC 6350 (quoted lists, PREF, RFC 6868 carets,
 * quoted ':' and ';') and its examples for N and ADR. */
static void
test_vcard_parameters_4_0 (void)
{
  static const char data[] =
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.\r\n"
    "TEL;VALUE=uri;TYPE=\"voice,home\":tel:+1-555-555-5555;ext=5555\r\n"
    "TEL;VALUE=uri;PREF=1;TYPE=\"voice,home\":tel:+1-555-555-5556\r\n"
    "EMAIL;TYPE=work;PREF=50:third@example.com\r\n"
    "EMAIL;LABEL=\"a:b;c ^'quoted^'\":fourth@example.com\r\n"
    "EMAIL;PREF=10:second@example.com\r\n"
    "EMAIL;PREF=1:first@example.com\r\n"
    "EMAIL:FIRST@example.com\r\n"
    "ADR;GEO=\"geo:12.3457,78.910\";LABEL=\"Mr. John Q. Public, Esq.\\n"
    "Mail Drop: TNE QB\\n123 Main Street\\nAny Town, CA  91921-1234\\nU.S.A.\":\r\n"
    " ;;123 Main Street;Any Town;CA;91921-1234;U.S.A.\r\n"
    "URL;TYPE=x-linkedin:https://profiles.example/john\r\n"
    "END:VCARD\r\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = parse_string (data, &problems);
  FuVCardContact *c;

  assert_no_problems (problems);
  g_assert_cmpuint (cards->len, ==, 1);
  c = card (cards, 0);

  g_assert_cmpstr (c->family_name, ==, "Stevenson");
  g_assert_cmpstr (c->given_name, ==, "John");
  g_assert_nonnull (strstr (c->full_name, "John"));
  g_assert_nonnull (strstr (c->full_name, "Stevenson"));
  assert_list (c->phones, "+1-555-555-5556", "+1-555-555-5555;ext=5555", NULL);
  /* The same address twice (case aside) is kept once */
  assert_list (c->emails, "first@example.com", "second@example.com", "third@example.com",
               "fourth@example.com", NULL);
  assert_list (c->addresses, "123 Main Street\nAny Town CA 91921-1234\nU.S.A.", NULL);
  g_assert_cmpstr (c->linkedin_url, ==, "https://profiles.example/john");
}

/* Export */

static void
assert_has_line (const char *vcf,
                 const char *line)
{
  g_autofree char *needle = g_strconcat ("\r\n", line, "\r\n", NULL);

  if (strstr (vcf, needle) == NULL)
    g_error ("line %s not in:\n%s", line, vcf);
}

static void
test_vcard_export_structure (void)
{
  g_autoptr(FuVCardContact) ada = contact_new_named ("Ada King Lovelace");
  g_autoptr(FuVCardContact) grace = fu_vcard_contact_new ();
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autofree char *vcf = NULL;
  g_autofree char *one = NULL;
  const char *p;
  guint begins = 0;

  grace->given_name = g_strdup ("Grace");
  grace->family_name = g_strdup ("Hopper");
  g_ptr_array_add (grace->emails, g_strdup ("grace@example.com"));
  g_ptr_array_add (all, ada);
  g_ptr_array_add (all, grace);

  one = fu_vcard_write_one (ada);
  g_assert_true (g_str_has_prefix (one, "BEGIN:VCARD\r\nVERSION:4.0\r\n"));
  g_assert_true (g_str_has_suffix (one, "\r\nEND:VCARD\r\n"));
  assert_has_line (one, "FN:Ada King Lovelace");
  /* N is always written; unknown parts come from the full name */
  assert_has_line (one, "N:Lovelace;Ada King;;;");

  vcf = fu_vcard_write (all);
  for (p = vcf; (p = strstr (p, "BEGIN:VCARD\r\nVERSION:4.0\r\n")) != NULL; p++)
    begins++;
  g_assert_cmpuint (begins, ==, 2);
  /* FN is required (RFC 6350 6.2.1) even when only N is known */
  assert_has_line (vcf, "FN:Grace Hopper");
  assert_has_line (vcf, "N:Hopper;Grace;;;");
  assert_has_line (vcf, "EMAIL;PREF=1:grace@example.com");

  /* CRLF line ends only */
  for (p = vcf; *p != '\0'; p++)
    if (*p == '\n')
      g_assert_true (p > vcf && p[-1] == '\r');
}

static void
test_vcard_export_escaping (void)
{
  g_autoptr(FuVCardContact) c = contact_new_named ("Smith, Jones; Partners \\ Co");
  g_autofree char *vcf = NULL;

  c->organization = g_strdup ("Research; Development, Inc.");
  c->note = g_strdup ("line one\nline two, with comma; semicolon \\ backslash\r\nend");
  g_ptr_array_add (c->urls, g_strdup ("https://example.com/a,b;c"));

  vcf = fu_vcard_write_one (c);

  /* RFC 6350 3.4: backslash, comma, semicolon and newline escaped in text */
  assert_has_line (vcf, "FN:Smith\\, Jones\\; Partners \\\\ Co");
  assert_has_line (vcf, "ORG:Research\\; Development\\, Inc.");
  assert_has_line (vcf, "NOTE:line one\\nline two\\, with comma\\; semicolon \\\\ backslash\\nend");
  /* A URI is not text: nothing escaped */
  assert_has_line (vcf, "URL:https://example.com/a,b;c");
}

/* Physical lines of @vcf: each at most 75 octets, valid UTF-8 alone. */
static guint
check_folding (const char *vcf)
{
  g_auto(GStrv) lines = g_strsplit (vcf, "\r\n", -1);
  guint continuations = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      if (lines[i][0] == ' ')
        continuations++;
    }

  return continuations;
}

static void
test_vcard_export_folding (void)
{
  /* 2-, 3- and 4-byte characters, shifted by 0..8 ASCII characters so
   * that the 75th octet falls in every position of a sequence. */
  static const char base[] = "Zoë Ōtsuka-Ünal 山田太郎 ✉️ 🎉👩‍💻 שלום مرحبا Ærøskøbing Łódź 日本語のテキスト";

  for (guint shift = 0; shift <= 8; shift++)
    {
      g_autofree char *pad = g_strnfill (shift, 'x');
      g_autofree char *name = g_strconcat (pad, base, NULL);
      g_autofree char *note = g_strjoin ("\n", base, base, base, base, NULL);
      g_autoptr(FuVCardContact) c = contact_new_named (name);
      g_autofree char *vcf = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GPtrArray) cards = NULL;

      c->note = g_strdup (note);
      vcf = fu_vcard_write_one (c);

      g_assert_cmpuint (check_folding (vcf), >=, 4);

      cards = fu_vcard_parse (vcf, strlen (vcf), &problems);
      assert_no_problems (problems);
      g_assert_cmpuint (cards->len, ==, 1);
      g_assert_cmpstr (card (cards, 0)->full_name, ==, name);
      g_assert_cmpstr (card (cards, 0)->note, ==, note);
    }
}

/* Exactly 75 octets fit on one line; 76 need a continuation. */
static void
test_vcard_export_folding_boundary (void)
{
  g_autofree char *name72 = g_strnfill (72, 'a');
  g_autofree char *name73 = g_strnfill (73, 'a');
  g_autoptr(FuVCardContact) fits = contact_new_named (name72);
  g_autoptr(FuVCardContact) folds = contact_new_named (name73);
  g_autofree char *vcf_fits = fu_vcard_write_one (fits);
  g_autofree char *vcf_folds = fu_vcard_write_one (folds);
  g_autofree char *line75 = g_strconcat ("FN:", name72, NULL);
  g_autofree char *line76 = g_strconcat ("FN:", name72, "\r\n a", NULL);

  assert_has_line (vcf_fits, line75);
  assert_has_line (vcf_folds, line76);
}

static FuVCardContact *
contact_full (void)
{
  FuVCardContact *c = fu_vcard_contact_new ();

  c->uid = g_strdup ("urn:uuid:0f4c8a0e-7d7e-4bb5-9a57-3f1a2b9c0d11");
  c->full_name = g_strdup ("Zoë “Zee” O'Neil <&> \"quoted\"");
  c->given_name = g_strdup ("Zoë");
  c->family_name = g_strdup ("O'Neil");
  c->organization = g_strdup ("AT&T <Labs>, Inc.; R&D");
  c->title = g_strdup ("Head of Talent, EMEA \\ APAC");
  g_ptr_array_add (c->emails, g_strdup ("zoe@example.com"));
  g_ptr_array_add (c->emails, g_strdup ("zoe.oneil@att.example"));
  g_ptr_array_add (c->phones, g_strdup ("+1 (555) 010-2000"));
  g_ptr_array_add (c->phones, g_strdup ("+44 20 7946 0958"));
  c->linkedin_url = g_strdup ("https://www.linkedin.com/in/zoe-oneil");
  g_ptr_array_add (c->urls, g_strdup ("https://example.com/a,b;c"));
  g_ptr_array_add (c->urls, g_strdup ("https://zoe.example/?q=1&r=2"));
  g_ptr_array_add (c->addresses, g_strdup ("10 Downing St\nLondon SW1A 2AA\nUK"));
  c->note = g_strdup ("First line\nשלום עולם — مرحبا بالعالم\n🎉👩‍💻 emoji; commas, backslash \\ done");
  c->part = g_strdup ("agency-recruiter");
  c->rapport = g_strdup ("Has a dog called <Biscuit> & loves \"jazz\"\nGoing to Lisbon in May");
  c->stay_in_touch = TRUE;
  c->stay_in_touch_days = 45;

  return c;
}

static void
assert_contacts_equal (const FuVCardContact *a,
                       const FuVCardContact *b)
{
  g_assert_cmpstr (a->uid, ==, b->uid);
  g_assert_cmpstr (a->full_name, ==, b->full_name);
  g_assert_cmpstr (a->given_name, ==, b->given_name);
  g_assert_cmpstr (a->family_name, ==, b->family_name);
  g_assert_cmpstr (a->organization, ==, b->organization);
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpstr (a->linkedin_url, ==, b->linkedin_url);
  g_assert_cmpstr (a->note, ==, b->note);
  g_assert_cmpstr (a->part, ==, b->part);
  g_assert_cmpstr (a->rapport, ==, b->rapport);
  g_assert_cmpint (a->stay_in_touch, ==, b->stay_in_touch);
  g_assert_cmpuint (a->stay_in_touch_days, ==, b->stay_in_touch_days);

  g_assert_cmpuint (a->emails->len, ==, b->emails->len);
  for (guint i = 0; i < a->emails->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a->emails, i), ==, g_ptr_array_index (b->emails, i));
  g_assert_cmpuint (a->phones->len, ==, b->phones->len);
  for (guint i = 0; i < a->phones->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a->phones, i), ==, g_ptr_array_index (b->phones, i));
  g_assert_cmpuint (a->urls->len, ==, b->urls->len);
  for (guint i = 0; i < a->urls->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a->urls, i), ==, g_ptr_array_index (b->urls, i));
  g_assert_cmpuint (a->addresses->len, ==, b->addresses->len);
  for (guint i = 0; i < a->addresses->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a->addresses, i), ==, g_ptr_array_index (b->addresses, i));
}

static void
test_vcard_round_trip (void)
{
  g_autoptr(FuVCardContact) full = contact_full ();
  g_autoptr(FuVCardContact) paused = contact_new_named ("Ravi Shankar");
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autofree char *vcf = NULL;

  /* Stay-in-touch switched off keeps its chosen interval */
  paused->given_name = g_strdup ("Ravi");
  paused->family_name = g_strdup ("Shankar");
  paused->part = g_strdup ("hiring-manager");
  paused->stay_in_touch = FALSE;
  paused->stay_in_touch_days = 30;

  g_ptr_array_add (all, full);
  g_ptr_array_add (all, paused);
  vcf = fu_vcard_write (all);
  check_folding (vcf);
  assert_has_line (vcf, "X-FOLLOWUP-PART:agency-recruiter");
  assert_has_line (vcf, "X-FOLLOWUP-STAY-IN-TOUCH;X-INTERVAL-DAYS=45:TRUE");

  cards = fu_vcard_parse (vcf, strlen (vcf), &problems);
  assert_no_problems (problems);
  g_assert_cmpuint (cards->len, ==, 2);
  assert_contacts_equal (card (cards, 0), full);
  assert_contacts_equal (card (cards, 1), paused);
}

/* Duplicates and merging */

static void
test_vcard_duplicates_by_email (void)
{
  static const char data[] =
    "BEGIN:VCARD\nFN:Jane Doe\nEMAIL:jane@example.com\nEND:VCARD\n"
    "BEGIN:VCARD\nFN:New Person\nEMAIL:new@example.org\nEND:VCARD\n"
    "BEGIN:VCARD\nFN:New Person Again\nEMAIL:other@example.org\nEMAIL: NEW@Example.ORG \nEND:VCARD\n"
    "BEGIN:VCARD\nFN:Bob\nEMAIL;TYPE=pref:mailto:BOB@example.net\nEND:VCARD\n"
    "BEGIN:VCARD\nFN:No Email\nTEL:+1 555 0100\nEND:VCARD\n";
  g_autoptr(GPtrArray) cards = parse_string (data, NULL);
  g_autoptr(GPtrArray) existing = g_ptr_array_new ();
  g_autoptr(GArray) matches = NULL;
  FuVCardMatch *m;

  g_ptr_array_add (existing, (gpointer) "  Jane@Example.COM ");
  g_ptr_array_add (existing, NULL);            /* a contact without email */
  g_ptr_array_add (existing, (gpointer) "bob@example.net");

  g_assert_cmpuint (cards->len, ==, 5);
  matches = fu_vcard_find_duplicates (cards, existing);
  g_assert_cmpuint (matches->len, ==, 3);

  m = &g_array_index (matches, FuVCardMatch, 0);
  g_assert_cmpuint (m->card, ==, 0);
  g_assert_cmpint (m->kind, ==, FU_VCARD_MATCH_EXISTING);
  g_assert_cmpuint (m->other, ==, 0);

  m = &g_array_index (matches, FuVCardMatch, 1);
  g_assert_cmpuint (m->card, ==, 2);
  g_assert_cmpint (m->kind, ==, FU_VCARD_MATCH_EARLIER_CARD);
  g_assert_cmpuint (m->other, ==, 1);

  m = &g_array_index (matches, FuVCardMatch, 2);
  g_assert_cmpuint (m->card, ==, 3);
  g_assert_cmpint (m->kind, ==, FU_VCARD_MATCH_EXISTING);
  g_assert_cmpuint (m->other, ==, 2);
}

static void
test_vcard_merge (void)
{
  g_autoptr(FuVCardContact) mine = contact_new_named ("Jane Doe");
  g_autoptr(FuVCardContact) theirs = contact_new_named ("Jane A. Doe");

  g_ptr_array_add (mine->emails, g_strdup ("jane@example.com"));
  g_ptr_array_add (mine->phones, g_strdup ("+44 20 7946 0000"));
  mine->organization = g_strdup ("Contoso");
  mine->note = g_strdup ("Met at the fair.");
  mine->part = g_strdup ("referrer");

  theirs->given_name = g_strdup ("Jane");
  theirs->family_name = g_strdup ("Doe");
  g_ptr_array_add (theirs->emails, g_strdup ("JANE@example.com"));
  g_ptr_array_add (theirs->emails, g_strdup ("jane.doe@home.example"));
  g_ptr_array_add (theirs->phones, g_strdup ("+442079460000"));
  g_ptr_array_add (theirs->phones, g_strdup ("+44 7700 900123"));
  theirs->organization = g_strdup ("Fabrikam");
  theirs->title = g_strdup ("Recruiter");
  theirs->linkedin_url = g_strdup ("https://www.linkedin.com/in/janedoe");
  theirs->note = g_strdup ("Prefers calls.");
  theirs->rapport = g_strdup ("Has two cats.");
  theirs->part = g_strdup ("agency-recruiter");
  theirs->stay_in_touch = TRUE;
  theirs->stay_in_touch_days = 60;

  fu_vcard_contact_merge (mine, theirs);

  /* What was empty is filled */
  g_assert_cmpstr (mine->given_name, ==, "Jane");
  g_assert_cmpstr (mine->family_name, ==, "Doe");
  g_assert_cmpstr (mine->title, ==, "Recruiter");
  g_assert_cmpstr (mine->linkedin_url, ==, "https://www.linkedin.com/in/janedoe");
  g_assert_cmpstr (mine->rapport, ==, "Has two cats.");
  g_assert_true (mine->stay_in_touch);
  g_assert_cmpuint (mine->stay_in_touch_days, ==, 60);
  /* What was set stays, and nothing is doubled */
  g_assert_cmpstr (mine->full_name, ==, "Jane Doe");
  g_assert_cmpstr (mine->organization, ==, "Contoso");
  g_assert_cmpstr (mine->part, ==, "referrer");
  assert_list (mine->emails, "jane@example.com", "jane.doe@home.example", NULL);
  assert_list (mine->phones, "+44 20 7946 0000", "+44 7700 900123", NULL);
  /* Nothing of theirs is lost: both notes, their name and company */
  g_assert_nonnull (strstr (mine->note, "Met at the fair."));
  g_assert_nonnull (strstr (mine->note, "Prefers calls."));
  g_assert_nonnull (strstr (mine->note, "Jane A. Doe"));
  g_assert_nonnull (strstr (mine->note, "Fabrikam"));

  /* Merging again changes nothing */
  {
    g_autofree char *note = g_strdup (mine->note);

    fu_vcard_contact_merge (mine, theirs);
    g_assert_cmpstr (mine->note, ==, note);
    g_assert_cmpuint (mine->emails->len, ==, 2);
  }
}

static void
test_vcard_linkedin_urls (void)
{
  g_assert_true (fu_vcard_is_linkedin_url ("https://www.linkedin.com/in/x"));
  g_assert_true (fu_vcard_is_linkedin_url ("http://uk.LinkedIn.com/in/x"));
  g_assert_true (fu_vcard_is_linkedin_url ("linkedin.com/in/x"));
  g_assert_false (fu_vcard_is_linkedin_url ("https://notlinkedin.com/in/x"));
  g_assert_false (fu_vcard_is_linkedin_url ("https://example.com/linkedin.com"));
  g_assert_false (fu_vcard_is_linkedin_url (NULL));
}

/* Reading a file off the main thread */

static void
on_parsed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_vcard_parse_file_async (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "vcard", "one-bad-card.vcf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/contacts.vcf");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) missing_result = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GError) error = NULL;

  fu_vcard_parse_file_async (file, NULL, on_parsed_cb, &result);
  fu_vcard_parse_file_async (missing, NULL, on_parsed_cb, &missing_result);
  while (result == NULL || missing_result == NULL)
    g_main_context_iteration (NULL, TRUE);

  cards = fu_vcard_parse_file_finish (file, result, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 3);
  g_assert_cmpuint (problems->len, ==, 1);

  none = fu_vcard_parse_file_finish (missing, missing_result, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/contacts.vcf"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vcard/import/gnome-contacts", test_vcard_gnome_contacts);
  g_test_add_func ("/vcard/import/google", test_vcard_google);
  g_test_add_func ("/vcard/import/apple", test_vcard_apple);
  g_test_add_func ("/vcard/import/outlook-quoted-printable", test_vcard_outlook_quoted_printable);
  g_test_add_func ("/vcard/import/one-bad-card", test_vcard_one_bad_card);
  g_test_add_func ("/vcard/import/bad-cards-by-number", test_vcard_bad_cards_reported_by_number);
  g_test_add_func ("/vcard/import/nul-byte", test_vcard_nul_byte);
  g_test_add_func ("/vcard/import/line-ends-and-folding", test_vcard_line_ends_and_folding);
  g_test_add_func ("/vcard/import/utf16", test_vcard_utf16);
  g_test_add_func ("/vcard/import/parameters-4.0", test_vcard_parameters_4_0);
  g_test_add_func ("/vcard/import/file-async", test_vcard_parse_file_async);
  g_test_add_func ("/vcard/export/structure", test_vcard_export_structure);
  g_test_add_func ("/vcard/export/escaping", test_vcard_export_escaping);
  g_test_add_func ("/vcard/export/folding", test_vcard_export_folding);
  g_test_add_func ("/vcard/export/folding-boundary", test_vcard_export_folding_boundary);
  g_test_add_func ("/vcard/round-trip", test_vcard_round_trip);
  g_test_add_func ("/vcard/duplicates-by-email", test_vcard_duplicates_by_email);
  g_test_add_func ("/vcard/merge", test_vcard_merge);
  g_test_add_func ("/vcard/linkedin-urls", test_vcard_linkedin_urls);

  return g_test_run ();
}
