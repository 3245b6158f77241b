using System.Globalization;
using System.Text;
using NavLederprogram.Localization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts;
using UglyToad.PdfPig.Fonts.AdobeFontMetrics;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Writer;

namespace NavLederprogram.Programmes;

/// <summary>What the printed certificate says.</summary>
public sealed record CertificatePdfContent(
    string PersonName,
    string ProgrammeName,
    string CohortName,
    DateOnly CohortStartsOn,
    DateOnly? CohortEndsOn,
    DateOnly CompletedOn,
    IReadOnlyList<string> ModuleTitles,
    string VerificationCode,
    string VerificationUrl);

/// <summary>
/// The kursbevis as an A4 PDF in nb, nn or en, set in the standard Helvetica faces (no font is embedded). A long list
/// of modules wraps and runs onto another page; the issuers, the code and the verification address are at the foot of
/// every page.
/// </summary>
/// <remarks>
/// PdfPig's writer declares the standard fonts with StandardEncoding, which has no å, and refuses letters outside it.
/// So text is written in WinAnsiEncoding (Windows-1252, which has æ, ø and å), measured with the fonts' own metrics,
/// and the font declarations are changed to WinAnsiEncoding after the build (a same-length edit of an uncompressed
/// dictionary, so the cross-reference offsets stay right). A letter outside WinAnsi is written without its accent.
/// </remarks>
public static class CertificatePdf
{
    private const double Margin = 64;
    private const double FooterTop = 150;
    private static readonly (byte R, byte G, byte B) Accent = (0xC3, 0x00, 0x00);
    private static readonly (byte R, byte G, byte B) Ink = (0x23, 0x26, 0x2A);
    private static readonly (byte R, byte G, byte B) Muted = (0x59, 0x5F, 0x66);
    private static readonly Encoding WinAnsi;
    private static readonly AdobeFontMetrics RegularMetrics = Standard14.GetAdobeFontMetrics(Standard14Font.Helvetica);
    private static readonly AdobeFontMetrics BoldMetrics = Standard14.GetAdobeFontMetrics(Standard14Font.HelveticaBold);

    static CertificatePdf()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        WinAnsi = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static byte[] Render(CertificatePdfContent content, string culture)
    {
        culture = LocalizationTexts.Normalize(culture);
        string T(string key, params object?[] args) => Printable(LocalizationTexts.Get($"Certificate:Pdf.{key}", culture, args));
        string Day(DateOnly d) => DateTexts.Date(d, culture);

        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = T("Title") + " – " + Printable(content.PersonName);
        builder.DocumentInformation.Author = T("Issuer");
        builder.DocumentInformation.Creator = "NavLederprogram";
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);

        var writer = new PageWriter(builder, regular, bold, font => font == bold ? BoldMetrics : RegularMetrics, [T("IssuedBy"), T("Code", content.VerificationCode), T("VerifyAt", content.VerificationUrl)]);
        writer.Centered(T("Title"), 34, bold, Accent, after: 36);
        writer.Centered(T("Confirms"), 13, regular, Muted, after: 12);
        writer.Centered(Printable(content.PersonName), 24, bold, Ink, after: 14);
        writer.Centered(T("HasCompleted"), 13, regular, Muted, after: 10);
        writer.Centered(Printable(content.ProgrammeName), 17, bold, Ink, after: 12);
        writer.Centered(content.CohortEndsOn is { } ends
            ? T("Cohort", Printable(content.CohortName), Day(content.CohortStartsOn), Day(ends))
            : T("CohortStarted", Printable(content.CohortName), Day(content.CohortStartsOn)), 12, regular, Ink, after: 6);
        writer.Centered(T("CompletedOn", Day(content.CompletedOn)), 12, regular, Ink, after: 24);

        if (content.ModuleTitles.Count > 0)
        {
            writer.Left(T("Modules"), 13, bold, Ink, indent: 0, after: 4);
            for (var i = 0; i < content.ModuleTitles.Count; i++)
                writer.Item($"{i + 1}.", Printable(content.ModuleTitles[i]), 11.5, regular, Ink);
        }
        return DeclareWinAnsi(builder.Build());
    }

    private static byte[] DeclareWinAnsi(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        const string written = "/Encoding /StandardEncoding", wanted = "/Encoding /WinAnsiEncoding";
        if (!text.Contains(written, StringComparison.Ordinal)) throw new InvalidOperationException("The PDF writer no longer declares the fonts as expected.");
        return Encoding.Latin1.GetBytes(text.Replace(written, wanted.PadRight(written.Length), StringComparison.Ordinal));
    }

    /// <summary>The text with every character the standard fonts can print; others lose their accent, or become '?'.</summary>
    public static string Printable(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Replace('\u00A0', ' '))
        {
            if (CanPrint(c)) { result.Append(c); continue; }
            var bare = c.ToString().Normalize(NormalizationForm.FormD).Where(CanPrint).ToArray();
            result.Append(bare.Length > 0 && char.GetUnicodeCategory(bare[0]) != UnicodeCategory.NonSpacingMark ? bare[0] : '?');
        }
        return result.ToString();
    }

    private static bool CanPrint(char c)
    {
        if (c < 0x20) return false;
        try { WinAnsi.GetBytes([c]); return true; }
        catch (EncoderFallbackException) { return false; }
    }

    /// <summary>Writes lines from the top down and starts a new page, with the same footer, when the body is full.</summary>
    private sealed class PageWriter
    {
        private readonly PdfDocumentBuilder _builder;
        private readonly PdfDocumentBuilder.AddedFont _regular;
        private readonly PdfDocumentBuilder.AddedFont _bold;
        private readonly Func<PdfDocumentBuilder.AddedFont, AdobeFontMetrics> _metrics;
        private readonly IReadOnlyList<string> _footer;
        private PdfPageBuilder _page = null!;
        private double _y;
        private double _width;

        public PageWriter(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont regular, PdfDocumentBuilder.AddedFont bold,
            Func<PdfDocumentBuilder.AddedFont, AdobeFontMetrics> metrics, IReadOnlyList<string> footer)
        {
            (_builder, _regular, _bold, _metrics, _footer) = (builder, regular, bold, metrics, footer);
            NewPage();
        }

        private double Right => _page.PageSize.Width - Margin;

        private void NewPage()
        {
            _page = _builder.AddPage(PageSize.A4);
            _width = _page.PageSize.Width - 2 * Margin;
            var top = _page.PageSize.Height;
            // A band across the top and a thin rule above the footer.
            _page.SetTextAndFillColor(Accent.R, Accent.G, Accent.B);
            _page.DrawRectangle(new PdfPoint(0, top - 18), _page.PageSize.Width, 18, 0, fill: true);
            _page.SetStrokeColor(Muted.R, Muted.G, Muted.B);
            _page.DrawLine(new PdfPoint(Margin, FooterTop), new PdfPoint(Right, FooterTop), 0.5);
            _page.ResetColor();
            var y = FooterTop - 22;
            for (var i = 0; i < _footer.Count; i++)
                foreach (var line in Wrap(_footer[i], 10, i == 0 ? _bold : _regular, _width))
                {
                    Put(line, 10, i == 0 ? _bold : _regular, i == 0 ? Ink : Muted, Margin + (_width - Measure(line, 10, i == 0 ? _bold : _regular)) / 2, y);
                    y -= 15;
                }
            _y = top - 18 - 72;
        }

        public void Centered(string text, double size, PdfDocumentBuilder.AddedFont font, (byte R, byte G, byte B) color, double after)
        {
            foreach (var line in Wrap(text, size, font, _width))
            {
                EnsureRoom(size);
                Put(line, size, font, color, Margin + (_width - Measure(line, size, font)) / 2, _y);
                _y -= size * 1.3;
            }
            _y -= after;
        }

        public void Left(string text, double size, PdfDocumentBuilder.AddedFont font, (byte R, byte G, byte B) color, double indent, double after)
        {
            foreach (var line in Wrap(text, size, font, _width - indent))
            {
                EnsureRoom(size);
                Put(line, size, font, color, Margin + indent, _y);
                _y -= size * 1.35;
            }
            _y -= after;
        }

        /// <summary>A numbered item whose wrapped lines hang under its first word.</summary>
        public void Item(string number, string text, double size, PdfDocumentBuilder.AddedFont font, (byte R, byte G, byte B) color)
        {
            const double hang = 22;
            var lines = Wrap(text, size, font, _width - hang);
            // An item is kept together on one page.
            EnsureRoom(size + (lines.Count - 1) * size * 1.35);
            for (var i = 0; i < lines.Count; i++)
            {
                if (i == 0) Put(number, size, font, Muted, Margin, _y);
                Put(lines[i], size, font, color, Margin + hang, _y);
                _y -= size * 1.35;
            }
            _y -= 3;
        }

        private void EnsureRoom(double size)
        {
            if (_y - size < FooterTop + 24) NewPage();
        }

        private void Put(string text, double size, PdfDocumentBuilder.AddedFont font, (byte R, byte G, byte B) color, double x, double y)
        {
            if (text.Length == 0) return;
            _page.SetTextAndFillColor(color.R, color.G, color.B);
            // The page writes a placeholder in the right font, place and size; its text is then replaced by the WinAnsi bytes.
            _page.AddText("x", size, new PdfPoint(x, y), font);
            var operations = _page.CurrentStream.Operations;
            operations[operations.FindLastIndex(o => o is ShowText)] = new ShowText(WinAnsi.GetBytes(text));
            _page.ResetColor();
        }

        private double Measure(string text, double size, PdfDocumentBuilder.AddedFont font)
        {
            var metrics = _metrics(font);
            var units = 0.0;
            foreach (var c in text)
                units += GlyphList.AdobeGlyphList.UnicodeCodePointToName(c) is { } name && metrics.CharacterMetrics.TryGetValue(name, out var glyph)
                    ? glyph.Width.X : 556;
            return units * size / 1000;
        }

        private List<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font, double width)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Measure(candidate, size, font) > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else current = candidate;
            }
            if (current.Length > 0 || lines.Count == 0) lines.Add(current);
            return lines;
        }
    }
}
