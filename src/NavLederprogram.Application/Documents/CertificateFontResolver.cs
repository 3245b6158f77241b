using PdfSharp.Fonts;

namespace NavLederprogram.Documents;

/// <summary>
/// Serves DejaVu Sans, regular and bold, from the assembly's resources. PDFsharp finds no system fonts on Linux, and
/// DejaVu covers every letter of the Norwegian and Sámi alphabets (æ ø å, á č đ ŋ š ŧ ž), so any name prints as written.
/// </summary>
public sealed class CertificateFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lazy<byte[]> RegularFace = new(() => Load(Regular));
    private static readonly Lazy<byte[]> BoldFace = new(() => Load(Bold));

    // Italic is never asked for; a bold or regular face stands in for it.
    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase) ? new FontResolverInfo(isBold ? Bold : Regular) : null;

    public byte[]? GetFont(string faceName) => faceName switch
    {
        Regular => RegularFace.Value,
        Bold => BoldFace.Value,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var name = $"NavLederprogram.Documents.Fonts.{face}.ttf";
        using var stream = typeof(CertificateFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
