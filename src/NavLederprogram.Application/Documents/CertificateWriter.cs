using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace NavLederprogram.Documents;

/// <summary>
/// An A4 certificate set in DejaVu Sans, which is embedded (as the subset used) so that every name prints as written: a band
/// across the top, lines written from the top down, and a footer (issuers, code, verification address) on every page. A long
/// body runs onto another page. The programme's kursbevis and the course certificate are both written with it.
/// </summary>
public sealed class CertificateWriter : IDisposable
{
    private const double Margin = 64;
    private const double FooterTop = 150;
    public static readonly XColor Accent = XColor.FromArgb(0xC3, 0x00, 0x00);
    public static readonly XColor Ink = XColor.FromArgb(0x23, 0x26, 0x2A);
    public static readonly XColor Muted = XColor.FromArgb(0x59, 0x5F, 0x66);
    private static readonly Lock FontSetup = new();

    /// <summary>A PDF whose pages carry <paramref name="footer"/> (its first line in bold) and whose body <paramref name="write"/> writes.</summary>
    public static byte[] Write(string title, string author, IReadOnlyList<string> footer, Action<CertificateWriter> write)
    {
        UseEmbeddedFonts();
        using var document = new PdfDocument();
        document.Info.Title = Clean(title);
        document.Info.Author = Clean(author);
        document.Info.Creator = "NavLederprogram";
        using (var writer = new CertificateWriter(document, footer.Select(Clean).ToList())) write(writer);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>PDFsharp's font resolver is one per process and cannot be changed once a font has been made.</summary>
    private static void UseEmbeddedFonts()
    {
        lock (FontSetup)
        {
            if (GlobalFontSettings.FontResolver is not CertificateFontResolver) GlobalFontSettings.FontResolver = new CertificateFontResolver();
        }
    }

    /// <summary>The text as written, without control characters (they have no glyph) and with ordinary spaces, where lines may break.</summary>
    public static string Clean(string text) => new(text.Replace('\u00A0', ' ').Where(c => !char.IsControl(c)).ToArray());

    // Heights are measured from the foot of the page, as in PDF, and turned round where text is drawn.
    // Unicode (Identity-H with a ToUnicode map) so that text is copied and extracted as written, whatever the letter.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly PdfDocument _document;
    private readonly IReadOnlyList<string> _footer;
    private readonly Dictionary<(double Size, bool Bold), XFont> _fonts = [];
    private PdfPage _page = null!;
    private XGraphics _graphics = null!;
    private double _height;
    private double _y;
    private double _width;

    private CertificateWriter(PdfDocument document, IReadOnlyList<string> footer)
    {
        (_document, _footer) = (document, footer);
        NewPage();
    }

    private double Right => _page.Width.Point - Margin;

    private XFont Font(double size, bool bold)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
            _fonts[(size, bold)] = font = new XFont(CertificateFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
        return font;
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _height = _page.Height.Point;
        _width = _page.Width.Point - 2 * Margin;
        // A band across the top and a thin rule above the footer.
        _graphics.DrawRectangle(new XSolidBrush(Accent), 0, 0, _page.Width.Point, 18);
        _graphics.DrawLine(new XPen(Muted, 0.5), Margin, _height - FooterTop, Right, _height - FooterTop);
        var y = FooterTop - 22;
        for (var i = 0; i < _footer.Count; i++)
        {
            var font = Font(10, bold: i == 0);
            foreach (var line in Wrap(_footer[i], font, _width))
            {
                Put(line, font, i == 0 ? Ink : Muted, Margin + (_width - Measure(line, font)) / 2, y);
                y -= 15;
            }
        }
        _y = _height - 18 - 72;
    }

    public void Centered(string text, double size, bool bold, XColor color, double after)
    {
        var font = Font(size, bold);
        foreach (var line in Wrap(text, font, _width))
        {
            EnsureRoom(size);
            Put(line, font, color, Margin + (_width - Measure(line, font)) / 2, _y);
            _y -= size * 1.3;
        }
        _y -= after;
    }

    public void Left(string text, double size, bool bold, XColor color, double indent, double after)
    {
        var font = Font(size, bold);
        foreach (var line in Wrap(text, font, _width - indent))
        {
            EnsureRoom(size);
            Put(line, font, color, Margin + indent, _y);
            _y -= size * 1.35;
        }
        _y -= after;
    }

    /// <summary>A numbered item whose wrapped lines hang under its first word.</summary>
    public void Item(string number, string text, double size, XColor color)
    {
        const double hang = 22;
        var font = Font(size, bold: false);
        var lines = Wrap(text, font, _width - hang);
        // An item is kept together on one page.
        EnsureRoom(size + (lines.Count - 1) * size * 1.35);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0) Put(number, font, Muted, Margin, _y);
            Put(lines[i], font, color, Margin + hang, _y);
            _y -= size * 1.35;
        }
        _y -= 3;
    }

    private void EnsureRoom(double size)
    {
        if (_y - size < FooterTop + 24) NewPage();
    }

    private void Put(string text, XFont font, XColor color, double x, double y)
    {
        if (text.Length == 0) return;
        _graphics.DrawString(text, font, new XSolidBrush(color), x, _height - y, XStringFormats.BaseLineLeft);
    }

    private double Measure(string text, XFont font) => _graphics.MeasureString(text, font).Width;

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Measure(candidate, font) > width)
            {
                lines.Add(current);
                current = word;
            }
            else current = candidate;
        }
        if (current.Length > 0 || lines.Count == 0) lines.Add(current);
        return lines;
    }

    public void Dispose() => _graphics.Dispose();
}
