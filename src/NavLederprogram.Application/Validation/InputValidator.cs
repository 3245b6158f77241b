using System.Net.Mail;
using System.Text.Json;

namespace NavLederprogram.Validation;

/// <summary>Collects field errors for one input and throws them together, so the user sees every problem at once.</summary>
public sealed class InputValidator
{
    public const string Required = "Validation:Required";
    public const string MaxLength = "Validation:MaxLength";
    public const string Range = "Validation:Range";
    public const string Email = "Validation:Email";
    public const string Digits = "Validation:Digits";
    public const string Unknown = "Validation:Unknown";
    public const string Duplicate = "Validation:Duplicate";
    public const string TooMany = "Validation:TooMany";
    public const string DateRange = "Validation:DateRange";
    public const string Format = "Validation:Format";

    private readonly Dictionary<string, List<FieldError>> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public InputValidator Add(string field, string key, params object?[] args)
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(field);
        if (!_errors.TryGetValue(name, out var list)) _errors[name] = list = [];
        list.Add(new FieldError(key, args));
        return this;
    }

    public InputValidator RequireText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, Required);
        else if (value.Trim().Length > maxLength) Add(field, MaxLength, maxLength);
        return this;
    }

    /// <summary>A search text: optional, bounded, and without the NUL character, which PostgreSQL cannot take in a text parameter.</summary>
    public InputValidator SearchFilter(string field, string? value, int maxLength)
    {
        if (value?.Length > maxLength) Add(field, MaxLength, maxLength);
        else if (value?.Contains('\0', StringComparison.Ordinal) == true) Add(field, Format);
        return this;
    }

    public InputValidator Require<T>(string field, T? value) where T : struct
    {
        if (value is null) Add(field, Required);
        return this;
    }

    public InputValidator RequireEnum<T>(string field, T? value) where T : struct, Enum
    {
        if (value is null) Add(field, Required);
        else if (!Enum.IsDefined(value.Value)) Add(field, Unknown);
        return this;
    }

    /// <summary>A day within <see cref="SupportedDates"/>, so that date arithmetic on it cannot overflow.</summary>
    public InputValidator SupportedDate(string field, DateOnly? value)
    {
        if (value is { } day && !SupportedDates.Contains(day)) Add(field, DateRange, SupportedDates.Min.ToString("yyyy-MM-dd"), SupportedDates.Max.ToString("yyyy-MM-dd"));
        return this;
    }

    public InputValidator InRange(string field, int? value, int min, int max)
    {
        if (value is null) Add(field, Required);
        else if (value < min || value > max) Add(field, Range, min, max);
        return this;
    }

    public InputValidator RequireEmail(string field, string? value, int maxLength)
    {
        RequireText(field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value) && value.Trim().Length <= maxLength && !IsEmail(value.Trim())) Add(field, Email);
        return this;
    }

    public InputValidator RequireDigits(string field, string? value, int length)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, Required);
        else if (value.Trim().Length != length || !value.Trim().All(char.IsAsciiDigit)) Add(field, Digits, length);
        return this;
    }

    public void ThrowIfInvalid()
    {
        if (HasErrors)
            throw new ValidationFailedException(_errors.ToDictionary(e => e.Key, e => (IReadOnlyList<FieldError>)e.Value));
    }

    public IEnumerable<(string Field, FieldError Error)> Errors => _errors.SelectMany(e => e.Value.Select(v => (e.Key, v)));

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);
}
