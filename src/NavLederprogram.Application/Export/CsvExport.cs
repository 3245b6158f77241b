using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace NavLederprogram.Export;

/// <summary>
/// Every CSV file the system writes goes through here: semicolons and a byte-order mark, which Excel with Norwegian
/// settings opens correctly, and no text cell that a spreadsheet would run as a formula (CSV injection).
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>What makes a spreadsheet read a cell as a formula (OWASP, CSV injection).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static async Task<byte[]> WriteAsync(IEnumerable<string> headers, IEnumerable<IEnumerable<object?>> rows)
    {
        await using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" }))
        {
            foreach (var header in headers) Write(csv, header);
            await csv.NextRecordAsync();
            foreach (var row in rows)
            {
                foreach (var value in row) Write(csv, value);
                await csv.NextRecordAsync();
            }
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Text that would start a formula gets a leading single quote and is quoted, as OWASP advises: the spreadsheet
    /// shows the text and runs nothing. Numbers the system writes itself are not text and are written as they are.
    /// </summary>
    public static string? Neutralized(string text) =>
        text.Length > 0 && (FormulaStarts.Contains(text[0]) || FormulaStarts.Contains(text.TrimStart(' ', '"').FirstOrDefault())) ? "'" + text : null;

    private static void Write(CsvWriter csv, object? value)
    {
        if (value is string text && Neutralized(text) is { } safe) csv.WriteField(safe, shouldQuote: true);
        else csv.WriteField(value);
    }
}
