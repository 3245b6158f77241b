using NavLederprogram.Programmes;
using Shouldly;
using UglyToad.PdfPig;
using Xunit;

namespace NavLederprogram.Application.Tests;

public class CertificatePdfTests
{
    private static CertificatePdfContent Content(string personName, IReadOnlyList<string>? modules = null) => new(
        personName, "Lederprogrammet for NAV-ledere", "Kull Sápmi 2026", new DateOnly(2026, 1, 12), new DateOnly(2026, 6, 19),
        new DateOnly(2026, 6, 19), modules ?? ["Å lede i NAV", "Ávvir ja ovddasvástádus"], "ABCD-EFGH-JKLM", "http://localhost:5080/verify/ABCD-EFGH-JKLM");

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Theory]
    [InlineData("Åse Ŋuolja Čalbmi", "nb")]
    [InlineData("Øyvind Ærø", "nn")]
    [InlineData("Đuro Šoŧŧe Žáneš", "en")]
    public void The_name_prints_exactly_as_written(string name, string culture)
    {
        var text = Text(CertificatePdf.Render(Content(name), culture));

        text.ShouldContain(name);
        text.ShouldContain("Ávvir ja ovddasvástádus");
        text.ShouldContain("ABCD-EFGH-JKLM");
    }

    [Fact]
    public void The_font_is_embedded_so_the_certificate_looks_the_same_everywhere()
    {
        using var document = PdfDocument.Open(CertificatePdf.Render(Content("Åse Ŋuolja Čalbmi"), "nb"));
        var letters = document.GetPage(1).Letters;
        letters.ShouldNotBeEmpty();
        // "ABCDEF+DejaVu Sans": the prefix names a subset embedded in the file.
        letters.Select(l => l.FontName ?? "").Distinct().ShouldAllBe(f => f.Contains("+DejaVu Sans"));
    }

    [Fact]
    public void A_long_module_list_runs_onto_another_page_with_the_code_at_the_foot_of_each()
    {
        var modules = Enumerable.Range(1, 40).Select(i => $"Modul {i}: samhandling, økonomi og ŋ-lyden i sørsamisk og nordsamisk").ToList();
        using var document = PdfDocument.Open(CertificatePdf.Render(Content("Øyvind Ærø", modules), "nb"));

        document.NumberOfPages.ShouldBeGreaterThan(1);
        foreach (var page in document.GetPages())
            string.Join(" ", page.GetWords().Select(w => w.Text)).ShouldContain("ABCD-EFGH-JKLM");
        var all = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var module in modules) all.ShouldContain(module);
    }
}
