using NavLederprogram.PeerSupervision;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

public class NationalIdentityNumberTests
{
    [Theory]
    [InlineData("15038512363", NationalIdentityNumberKind.BirthNumber)]
    [InlineData("29020412354", NationalIdentityNumberKind.BirthNumber)] // 29 February 1904, a leap year
    [InlineData("01012050190", NationalIdentityNumberKind.BirthNumber)] // born 2020: individual number 501
    [InlineData("41038512410", NationalIdentityNumberKind.DNumber)]
    [InlineData("15438512346", NationalIdentityNumberKind.HNumber)]
    [InlineData("15838512329", NationalIdentityNumberKind.Synthetic)]
    public void A_valid_number_is_recognised_with_its_kind(string digits, NationalIdentityNumberKind kind) =>
        NationalIdentityNumber.KindOf(digits).ShouldBe(kind);

    [Theory]
    [InlineData("15038512364")] // second check digit wrong
    [InlineData("15038512353")] // first check digit wrong
    [InlineData("29020512375")] // check digits hold, but 1905 had no 29 February
    [InlineData("32138512300")] // no such day or month
    [InlineData("12345678901")]
    [InlineData("1503851236")]
    public void A_number_whose_check_digits_or_date_fail_is_not_one(string digits) =>
        NationalIdentityNumber.KindOf(digits).ShouldBeNull();

    [Fact]
    public void A_number_inside_a_text_is_found_where_it_stands()
    {
        var text = "Brukeren (fnr. 15038512363) møtte ikke. D-nummer 41038512410 også.";
        var found = NationalIdentityNumber.FindIn(text);
        found.Select(m => text.Substring(m.Index, m.Length)).ShouldBe(["15038512363", "41038512410"]);
        found.Select(m => m.Kind).ShouldBe([NationalIdentityNumberKind.BirthNumber, NationalIdentityNumberKind.DNumber]);
    }

    [Fact]
    public void A_number_written_with_a_space_after_the_birth_date_is_found() =>
        NationalIdentityNumber.FindIn("Gjelder 150385 12363 i saken").ShouldHaveSingleItem().Length.ShouldBe(12);

    [Fact]
    public void Eleven_digits_inside_a_longer_number_or_with_wrong_check_digits_are_left_alone()
    {
        NationalIdentityNumber.FindIn("Kontonummer 1503851236312 og saksnummer 15038512364").ShouldBeEmpty();
        NationalIdentityNumber.FindIn("Telefon 22 33 44 55, 12 personer").ShouldBeEmpty();
    }
}

public class CaseTextCheckTests
{
    [Theory]
    [InlineData("Brukeren har fnr 15038512363 og trenger hjelp.")]
    [InlineData("D-nummer 41038512410")]
    [InlineData("150385 12363")]
    public void A_case_with_a_national_identity_number_is_refused_even_when_the_name_warning_is_acknowledged(string text)
    {
        var refused = Should.Throw<BusinessException>(() => CaseTextCheck.Ensure("description", text, nameWarningAcknowledged: true));
        refused.Code.ShouldBe(NavLederprogramErrorCodes.CaseHasNationalIdentityNumber);
        refused.Field.ShouldBe("description");
        refused.IsConflict.ShouldBeFalse();
    }

    [Fact]
    public void A_full_name_inside_a_sentence_earns_a_warning_until_it_is_acknowledged()
    {
        const string text = "Jeg snakket med Kari Nordmann om arbeidsavklaring.";
        var warned = Should.Throw<BusinessException>(() => CaseTextCheck.Ensure("description", text, nameWarningAcknowledged: false));
        warned.Code.ShouldBe(NavLederprogramErrorCodes.CaseMayNameAPerson);
        warned.Field.ShouldBe("description");
        warned.MessageArguments.ShouldBe(["Kari Nordmann"]);

        Should.NotThrow(() => CaseTextCheck.Ensure("description", text, nameWarningAcknowledged: true));
    }

    [Theory]
    [InlineData("Jeg snakket med Kari Nordmann i går.", "Kari Nordmann")]
    [InlineData("Hun møtte Anne-Lise Berg Hansen på kontoret.", "Anne-Lise Berg Hansen")]
    [InlineData("Saken. Per Ola Hansen kom for sent.", "Ola Hansen")]
    public void Two_or_three_capitalised_words_in_a_row_look_like_a_name(string text, string name) =>
        CaseTextCheck.PossibleNames(text).ShouldBe([name]);

    [Theory]
    [InlineData("En bruker i slutten av tjueårene ønsker arbeid.")]
    [InlineData("Jeg har jobbet med dette på Nav Grünerløkka lenge.")]
    [InlineData("Kari kom inn. Hun var sint.")]
    [InlineData("Statens Vegvesen og NAV samarbeider.")]
    [InlineData("Brukeren Ola ville ikke.")]
    public void Ordinary_sentences_and_known_institutions_do_not_look_like_names(string text) =>
        CaseTextCheck.PossibleNames(text).ShouldBeEmpty();

    [Fact]
    public void An_office_name_the_caller_knows_is_not_taken_for_a_name() =>
        CaseTextCheck.PossibleNames("Vi samarbeider med Vestre Aker om dette.", ["Nav Vestre Aker"]).ShouldBeEmpty();
}
