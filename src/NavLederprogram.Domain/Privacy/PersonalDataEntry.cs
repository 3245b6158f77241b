namespace NavLederprogram.Privacy;

/// <summary>One stored item (a row) of a kind, as named values: machine-readable in the JSON export, listed in the PDF.</summary>
public sealed record PersonalDataEntry(string Kind, IReadOnlyDictionary<string, string?> Values)
{
    public static PersonalDataEntry Of(string kind, params (string Name, object? Value)[] values) =>
        new(kind, values.ToDictionary(v => v.Name, v => Format(v.Value)));

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
