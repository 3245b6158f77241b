using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace NavLederprogram.Validation;

/// <summary>
/// Every CSV file the system reads goes through here (the counterpart of <see cref="Export.CsvExport"/>): strict UTF-8 judged by its
/// content, not by its name or declared type, semicolons, trimmed fields, a header naming the columns in any order.
/// </summary>
public static class CsvImport
{
    /// <summary>
    /// The file's text. Anything that is not UTF-8 text is refused: a Latin-1 export would silently mangle æ, ø and å, and a
    /// spreadsheet or any other binary file fails the decoding or holds NUL bytes.
    /// </summary>
    public static async Task<string> ReadUtf8Async(Stream csv, long maxBytes, Func<Exception> tooLarge, Func<Exception> notText, CancellationToken ct)
    {
        if (csv.CanSeek && csv.Length > maxBytes) throw tooLarge();
        using var buffer = new MemoryStream();
        await csv.CopyToAsync(buffer, ct);
        if (buffer.Length > maxBytes) throw tooLarge();
        try
        {
            var text = new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            if (text.Contains('\0')) throw new DecoderFallbackException();
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw notText();
        }
    }

    /// <summary>A reader of semicolon-separated rows whose header is read; null when the file has no header with every one of <paramref name="columns"/>.</summary>
    public static (CsvReader Reader, IReadOnlyDictionary<string, int> Header)? Open(string text, IReadOnlyCollection<string> columns)
    {
        var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            DetectDelimiter = false,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            MissingFieldFound = null,
        });
        if (!reader.Read() || !reader.ReadHeader() || columns.Any(c => !reader.HeaderRecord!.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            reader.Dispose();
            return null;
        }
        var header = reader.HeaderRecord!.Select((h, i) => (h, i)).DistinctBy(x => x.h, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(x => x.h, x => x.i, StringComparer.OrdinalIgnoreCase);
        return (reader, header);
    }

    /// <summary>The field of <paramref name="column"/> in the current row, empty when the row is short.</summary>
    public static string Field(CsvReader reader, IReadOnlyDictionary<string, int> header, string column) =>
        reader.TryGetField<string>(header[column], out var v) ? v ?? "" : "";

    /// <summary>True for a row of empty fields, which spreadsheets leave at the end of a file.</summary>
    public static bool IsBlankRow(CsvReader reader) => reader.Parser.Record?.All(string.IsNullOrWhiteSpace) == true;
}
