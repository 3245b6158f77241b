using System.Globalization;
using System.Text.RegularExpressions;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Finds Norwegian national identity numbers in free text: fødselsnummer, D-numbers (day + 40), H-numbers (month + 40) and
/// the synthetic test numbers of Skatteetaten's test data (month + 80). A sequence counts only when both mod-11 check digits
/// and the birth date hold, so that an ordinary 11-digit number (an account, a case number) is not mistaken for one.
/// </summary>
public static partial class NationalIdentityNumber
{
    private static readonly int[] FirstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    // Eleven digits not inside a longer run of digits; written with a space (or no-break space) between date and the rest too.
    [GeneratedRegex(@"(?<!\d)(\d{6})[ \u00A0]?(\d{5})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    /// <summary>Every valid number in <paramref name="text"/>, with where it stands, in order.</summary>
    public static IReadOnlyList<NationalIdentityNumberMatch> FindIn(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var found = new List<NationalIdentityNumberMatch>();
        foreach (Match m in Candidate().Matches(text))
        {
            var digits = m.Groups[1].Value + m.Groups[2].Value;
            if (KindOf(digits) is { } kind) found.Add(new NationalIdentityNumberMatch(m.Index, m.Length, kind));
        }
        return found;
    }

    /// <summary>The kind of number <paramref name="digits"/> is (11 digits, nothing else), or null when it is none.</summary>
    public static NationalIdentityNumberKind? KindOf(string digits)
    {
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit)) return null;
        var d = digits.Select(c => c - '0').ToArray();
        if (CheckDigit(d, FirstWeights) != d[9] || CheckDigit(d, SecondWeights) != d[10]) return null;

        var day = d[0] * 10 + d[1];
        var month = d[2] * 10 + d[3];
        var kind = NationalIdentityNumberKind.BirthNumber;
        if (day > 40)
        {
            day -= 40;
            kind = NationalIdentityNumberKind.DNumber;
        }
        if (month > 80)
        {
            month -= 80;
            kind = NationalIdentityNumberKind.Synthetic;
        }
        else if (month > 40)
        {
            month -= 40;
            kind = NationalIdentityNumberKind.HNumber;
        }
        var twoDigitYear = d[4] * 10 + d[5];
        var individual = d[6] * 100 + d[7] * 10 + d[8];
        return Century(individual, twoDigitYear) is { } century && IsDate(century + twoDigitYear, month, day) ? kind : null;
    }

    /// <summary>A mod-11 check digit; -1 (never a digit) when the remainder leaves 10, which no issued number has.</summary>
    private static int CheckDigit(int[] digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += digits[i] * weights[i];
        var check = 11 - sum % 11;
        return check switch { 11 => 0, 10 => -1, _ => check };
    }

    /// <summary>The century the individual number gives the birth year (Folkeregisteret's ranges), or null for none.</summary>
    private static int? Century(int individual, int year) => individual switch
    {
        <= 499 => 1900,
        <= 749 when year >= 54 => 1800,
        <= 999 when year <= 39 => 2000,
        >= 900 when year >= 40 => 1900,
        _ => null,
    };

    private static bool IsDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= CultureInfo.InvariantCulture.Calendar.GetDaysInMonth(year, month);
}
