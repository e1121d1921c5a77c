/* test_submission.c — the EDGAR submission header (zf_parse_submission). */
#include "unit.h"

static zf_arena arena;

/* Parses a file under test/data; the results are arena copies. */
static bool
parse_file(const char *path, zf_submission *s)
{
	size_t		n;
	char	   *buf = unit_read_file(path, &n);
	bool		ok = zf_parse_submission(&arena, buf, n, s);

	free(buf);
	return ok;
}

static bool
parse_str(const char *text, zf_submission *s)
{
	return zf_parse_submission(&arena, text, strlen(text), s);
}

static void
test_1990s_header(void)
{
	zf_submission s;
	const zf_filer *f;

	CHECK(parse_file("test/data/corpus/sgml/1990sheader.txt", &s));
	CHECK_STR(s.accession_number, "0001012325-98-000004");
	CHECK_STR(s.submission_type, "4");
	CHECK_INT(s.document_count, 1);
	CHECK_DATE(s.period_of_report, 1998, 10, 31);
	CHECK_DATE(s.filed_as_of, 1998, 11, 20);
	CHECK_INT(s.nfilers, 2);
	if (s.nfilers != 2)
		return;
	f = &s.filers[0];
	CHECK_STR(f->role, "SUBJECT COMPANY");
	/* the FORMER COMPANY block after it must not override the name */
	CHECK_STR(f->company_name, "MORTON INTERNATIONAL INC /IN/");
	CHECK_STR(f->cik, "0001035972");
	CHECK_STR(f->sic, "2890");
	CHECK_STR(f->irs_number, "364140798");
	CHECK_STR(f->state_of_incorporation, "IN");
	CHECK_STR(f->fiscal_year_end, "1231");
	CHECK_STR(f->form_type, "4");
	CHECK_STR(f->file_number, "001-12825");
	CHECK_STR(f->business_street1, "100 NORTH RIVERSIDE PLAZA");
	CHECK_STR(f->business_street2, NULL);
	CHECK_STR(f->business_city, "CHICAGO");
	CHECK_STR(f->business_state, "IL");
	CHECK_STR(f->business_zip, "60606");
	CHECK_STR(f->business_phone, "3128072000");
	/* <REPORTING-OWNER> ... </REPORTING-OWNER>, its keys at the margin */
	f = &s.filers[1];
	CHECK_STR(f->role, "REPORTING-OWNER");
	CHECK_STR(f->company_name, "CANTALUPO JAMES R");
	CHECK_STR(f->cik, "0001012325");
	CHECK_STR(f->sic, NULL);	/* "[]" */
	CHECK_STR(f->irs_number, NULL);
	CHECK_STR(f->state_of_incorporation, NULL);
	CHECK_STR(f->form_type, "4");
	CHECK_STR(f->file_number, NULL);
	CHECK_STR(f->business_street1, "100 NORTH RIVERSIDE PLAZA");
	CHECK_STR(f->business_city, "CHICAGO");
	CHECK_STR(f->business_phone, NULL);
}

static void
test_multiple_filers(void)
{
	zf_submission s;
	const zf_filer *f;

	/* no <SEC-HEADER> tag: begins with <ACCEPTANCE-DATETIME> */
	CHECK(parse_file("test/data/corpus/sgml/MultipleFilersHeader.txt", &s));
	CHECK_STR(s.accession_number, "0001104659-23-069855");
	CHECK_STR(s.submission_type, "10-D");
	CHECK_INT(s.document_count, 2);
	CHECK_DATE(s.period_of_report, 2023, 5, 31);
	CHECK_DATE(s.filed_as_of, 2023, 6, 9);
	CHECK_INT(s.nfilers, 2);
	if (s.nfilers != 2)
		return;
	f = &s.filers[0];
	CHECK_STR(f->role, "FILER");
	CHECK_STR(f->company_name, "First National Master Note Trust");
	CHECK_STR(f->cik, "0001396730");
	CHECK_STR(f->sic, "6189");
	CHECK_STR(f->irs_number, "000000000");
	CHECK_STR(f->state_of_incorporation, "DE");
	CHECK_STR(f->fiscal_year_end, "1231");
	CHECK_STR(f->form_type, "10-D");
	CHECK_STR(f->file_number, "333-140273-01");
	CHECK_STR(f->business_street1, "1620 DODGE STREET STOP CODE 3395");
	CHECK_STR(f->business_city, "OMAHA");
	CHECK_STR(f->business_state, "NE");
	CHECK_STR(f->business_zip, "68197");
	CHECK_STR(f->business_phone, "402-341-0500");
	f = &s.filers[1];
	CHECK_STR(f->role, "FILER");
	CHECK_STR(f->company_name, "FIRST NATIONAL FUNDING LLC");
	CHECK_STR(f->cik, "0001171040");
	CHECK_STR(f->state_of_incorporation, "NE");
	CHECK_STR(f->fiscal_year_end, NULL);
	CHECK_STR(f->file_number, "000-50139");
	/* it has only a MAIL ADDRESS ("OHAHA"), which is not the business one */
	CHECK_STR(f->business_street1, NULL);
	CHECK_STR(f->business_city, NULL);
	CHECK_STR(f->business_zip, NULL);
}

static void
test_former_companies(void)
{
	zf_submission s;

	CHECK(parse_file("test/data/corpus/sgml/MultipleFormerCompaniesHeader.txt", &s));
	CHECK_STR(s.accession_number, "0001472375-23-000090");
	CHECK_INT(s.document_count, 54);
	CHECK_INT(s.nfilers, 1);
	if (s.nfilers != 1)
		return;
	CHECK_STR(s.filers[0].company_name, "REGENEREX PHARMA, INC.");
	CHECK_STR(s.filers[0].sic, "2834");
	CHECK_STR(s.filers[0].fiscal_year_end, "0331");
	CHECK_STR(s.filers[0].business_street1, "5348 VEGAS DRIVE, SUITE 177");
}

static void
test_double_newlines(void)
{
	zf_submission s;

	CHECK(parse_file("test/data/corpus/sgml/header_with_double_newlines.txt", &s));
	CHECK_STR(s.accession_number, "0001193125-24-066744");
	CHECK_STR(s.submission_type, "485APOS");
	CHECK_INT(s.document_count, 7);
	CHECK_DATE(s.period_of_report, 0, 0, 0);	/* not given */
	CHECK_DATE(s.filed_as_of, 2024, 3, 13);
	CHECK_INT(s.nfilers, 2);
	if (s.nfilers != 2)
		return;
	CHECK_STR(s.filers[0].company_name, "iSHARES TRUST");
	CHECK_STR(s.filers[0].cik, "0001100663");
	CHECK_STR(s.filers[0].sic, NULL);
	CHECK_STR(s.filers[0].irs_number, "943351276");
	CHECK_STR(s.filers[0].file_number, "811-09729");
	CHECK_STR(s.filers[0].business_phone, "(415) 670-2000");
	CHECK_STR(s.filers[1].file_number, "333-92935");
	CHECK_STR(s.filers[1].business_zip, "94105");
}

static void
test_pem_and_ims(void)
{
	zf_submission s;

	/* PEM-wrapped, STREET 2 differs between business and mail address */
	CHECK(parse_file("test/data/corpus/sgml/0001011438-98-000429.txt", &s));
	CHECK_STR(s.accession_number, "0001011438-98-000429");
	CHECK_STR(s.submission_type, "8-K");
	CHECK_DATE(s.period_of_report, 1998, 12, 15);
	CHECK_DATE(s.filed_as_of, 1998, 12, 31);
	CHECK_INT(s.nfilers, 1);
	CHECK_STR(s.filers[0].company_name, "AAMES CAPITAL CORP");
	CHECK_STR(s.filers[0].business_street1, "350 SOUTH GRAND AVE 52ND FLOOR");
	CHECK_STR(s.filers[0].business_street2, "C/O GARY K JUDIS");

	/* 1994 <IMS-HEADER>: SIC printed bare, two FORMER COMPANY blocks */
	CHECK(parse_file("test/data/corpus/text-8k/100240_8K_1994_0000950144-94-000103.txt", &s));
	CHECK_STR(s.accession_number, "0000950144-94-000103");
	CHECK_INT(s.document_count, 7);
	CHECK_DATE(s.period_of_report, 1994, 1, 24);
	CHECK_INT(s.nfilers, 1);
	CHECK_STR(s.filers[0].company_name, "TURNER BROADCASTING SYSTEM INC");
	CHECK_STR(s.filers[0].cik, "0000100240");
	CHECK_STR(s.filers[0].sic, "4833");
	CHECK_STR(s.filers[0].file_number, "001-08911");
	CHECK_STR(s.filers[0].business_street2, "100 INTERNATIONAL BLVD");
	CHECK_STR(s.filers[0].business_zip, "30303");

	/* SIC "[8090" with its "]" wrapped onto the IRS NUMBER line */
	CHECK(parse_file("test/data/corpus/text-8k/1002022_8K_2000_0000914260-00-000043.txt", &s));
	CHECK_STR(s.filers[0].sic, "8090");
	CHECK_STR(s.filers[0].irs_number, "650617076");
	CHECK_STR(s.filers[0].state_of_incorporation, "DE");

	/* 2025: the IRS number is printed as "EIN:" */
	CHECK(parse_file("test/data/corpus/cover/0001140361-25-017716_0001140361-25-017716.txt", &s));
	CHECK_STR(s.filers[0].company_name, "INTERNATIONAL FLAVORS & FRAGRANCES INC");
	CHECK_STR(s.filers[0].irs_number, "131432060");
	CHECK_STR(s.filers[0].sic, "2860");
	CHECK_STR(s.filers[0].business_street2, NULL);
}

static void
test_no_header(void)
{
	zf_submission s;

	CHECK(!parse_file("test/data/corpus/sgml/0000899681-95-000096.txt", &s));
	CHECK_INT(s.nfilers, 0);
	CHECK(s.accession_number == NULL);
	CHECK_INT(s.document_count, -1);
	CHECK(!parse_file("test/data/seeds/000_1fdb38dce8692cfb.txt", &s));
	CHECK(!zf_parse_submission(&arena, NULL, 0, &s));
	CHECK(!parse_str("", &s));
	CHECK(!parse_str("<SEC-HEADER>", &s));
	CHECK(!parse_str("<SEC-HEADER>\n</SEC-HEADER>\n", &s));
	CHECK(!parse_str("<SEC-HEADER>\nno colon here\n<<>>\n:\n<\n", &s));
	CHECK(!parse_str("just some text\nACCESSION NUMBER: 1\n", &s));
	/* a header after the first <DOCUMENT> is a document's text, not a header */
	CHECK(!parse_str("<DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER: 1\n", &s));
}

static void
test_synthetic(void)
{
	zf_submission s;

	/* lone CR line ends, lower case and spaced keys, junk count */
	CHECK(parse_str("<SEC-HEADER>x\rAccession  Number: 12\rPUBLIC DOCUMENT COUNT: 3x\r"
					"filer:\r company data:\r  central index key: 007 \r", &s));
	CHECK_STR(s.accession_number, "12");
	CHECK_INT(s.document_count, -1);
	CHECK_INT(s.nfilers, 1);
	CHECK_STR(s.filers[0].cik, "007");

	/* fields before any filer heading, and after </REPORTING-OWNER>, are dropped */
	CHECK(parse_str("ACCESSION NUMBER: 1\nCITY: X\n<REPORTING-OWNER>\nCOMPANY DATA:\n"
					"CENTRAL INDEX KEY: 5\n</REPORTING-OWNER>\nCENTRAL INDEX KEY: 6\n", &s));
	CHECK_INT(s.nfilers, 1);
	CHECK_STR(s.filers[0].cik, "5");

	/* an untagged header ends at the first line that is not a header line */
	CHECK(parse_str("\n<SEC-DOCUMENT>x\nACCESSION NUMBER: 1\nFILER:\n  COMPANY DATA:\n"
					"    COMPANY CONFORMED NAME:  A  B \nFORM 8-K\nFILER:\n", &s));
	CHECK_INT(s.nfilers, 1);
	CHECK_STR(s.filers[0].company_name, "A  B");
	CHECK_STR(s.filers[0].role, "FILER");

	/* FILED BY, SIC forms, first value wins, values keep inner colons */
	CHECK(parse_str("<SEC-HEADER>\nFILED BY:\nCOMPANY DATA:\n"
					"COMPANY CONFORMED NAME: X: Y\nCOMPANY CONFORMED NAME: Z\n"
					"STANDARD INDUSTRIAL CLASSIFICATION: FOO [12a]\n"
					"FILING VALUES:\nFORM TYPE: SC 13D\n"
					"SUBJECT COMPANY:\nSTANDARD INDUSTRIAL CLASSIFICATION: 12 34\n"
					"ISSUER:\nSTANDARD INDUSTRIAL CLASSIFICATION: [0000]\n"
					"FILER:\nSTANDARD INDUSTRIAL CLASSIFICATION: BAR [3674\n</SEC-HEADER>\n"
					"FILER:\n", &s));
	CHECK_INT(s.nfilers, 4);
	CHECK_STR(s.filers[0].role, "FILED BY");
	CHECK_STR(s.filers[0].company_name, "X: Y");
	CHECK_STR(s.filers[0].sic, NULL);
	CHECK_STR(s.filers[0].form_type, "SC 13D");
	CHECK_STR(s.filers[1].role, "SUBJECT COMPANY");
	CHECK_STR(s.filers[1].sic, NULL);
	CHECK_STR(s.filers[2].role, "ISSUER");
	CHECK_STR(s.filers[2].sic, "0000");
	CHECK_STR(s.filers[3].sic, "3674");

	/* an address key outside BUSINESS ADDRESS, a form type outside FILING VALUES */
	CHECK(parse_str("ACCESSION NUMBER: 1\nFILER:\nCITY: X\nFORM TYPE: 8-K\n"
					"MAIL ADDRESS:\nCITY: Y\nBUSINESS ADDRESS:\nCITY: Z\n", &s));
	CHECK_STR(s.filers[0].business_city, "Z");
	CHECK_STR(s.filers[0].form_type, NULL);

	/* bad dates stay unset */
	CHECK(parse_str("ACCESSION NUMBER: 1\nCONFORMED PERIOD OF REPORT: 20231345\n"
					"FILED AS OF DATE:\n", &s));
	CHECK_DATE(s.period_of_report, 0, 0, 0);
	CHECK_DATE(s.filed_as_of, 0, 0, 0);
}

/* Header filler lines repeated to size bytes: linear time, bounded filers. */
static void
test_big(void)
{
	static const char unit_text[] = "FILER:\n\tCOMPANY DATA:\n\t\tCENTRAL INDEX KEY:\t\t1\n";
	size_t		un = strlen(unit_text);
	size_t		size = 20 * 1024 * 1024;
	char	   *buf = malloc(size);
	zf_arena	a;
	zf_submission s;
	size_t		i;

	memcpy(buf, "<SEC-HEADER>\n", 13);
	for (i = 13; i + un <= size; i += un)
		memcpy(buf + i, unit_text, un);
	memset(buf + i, 'x', size - i);
	zf_arena_init(&a);
	CHECK(zf_parse_submission(&a, buf, size, &s));
	CHECK_INT(s.nfilers, 10000);
	CHECK_STR(s.filers[9999].cik, "1");
	zf_arena_free(&a);
	/* one 20 MB line of junk */
	memset(buf, '<', size);
	zf_arena_init(&a);
	CHECK(!zf_parse_submission(&a, buf, size, &s));
	zf_arena_free(&a);
	free(buf);
}

/* Every prefix, in an exact-size buffer so ASan sees any over-read. */
static void
test_prefixes(const char *path)
{
	size_t		n,
				k;
	char	   *full = unit_read_file(path, &n);
	int			parsed = 0;

	for (k = 0; k <= n; k++)
	{
		char	   *cut = malloc(k ? k : 1);
		zf_arena	a;
		zf_submission s;

		memcpy(cut, full, k);
		zf_arena_init(&a);
		if (zf_parse_submission(&a, cut, k, &s) && s.nfilers >= 0)
			parsed++;
		zf_arena_free(&a);
		free(cut);
	}
	CHECK(parsed > 0);
	free(full);
}

int
main(void)
{
	zf_arena_init(&arena);
	test_1990s_header();
	test_multiple_filers();
	test_former_companies();
	test_double_newlines();
	test_pem_and_ims();
	test_no_header();
	test_synthetic();
	test_big();
	test_prefixes("test/data/corpus/sgml/1990sheader.txt");
	test_prefixes("test/data/corpus/sgml/MultipleFilersHeader.txt");
	test_prefixes("test/data/corpus/sgml/header_with_double_newlines.txt");
	zf_arena_free(&arena);
	return unit_report("test_submission");
}
