using System.Text.RegularExpressions;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Cases are about users of NAV and must be anonymised before anyone else reads them. A text with a national identity
/// number is refused outright; what looks like a person's full name only earns a warning, because a heuristic cannot
/// tell "Kari Nordmann" from "Lavterskel Mottak" — the author confirms and sends anyway.
/// </summary>
public static partial class CaseTextCheck
{
    /// <summary>Capitalised words that are not names: the agency, institutions, places, and words that often open a clause.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Nav", "Arbeids", "Velferdsetaten", "Statens", "Norges", "Skatteetaten", "Helfo", "Husbanken", "Kommune",
        "Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Kristiansand", "Drammen", "Bodø", "Ålesund", "Norge", "Norden",
        "Jeg", "Vi", "Han", "Hun", "De", "Den", "Det", "Dei", "Eg", "Ho", "Me", "Du", "Dere", "Dykk", "Etter", "Før", "Når",
        "Brukeren", "Brukaren", "Bruker", "Brukar", "Veileder", "Rettleiar", "Leder", "Leiar",
    };

    // A word that starts with a capital and goes on in small letters (hyphenated names too): "Kari", "Anne-Lise", "Ødegård".
    [GeneratedRegex(@"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    /// <summary>
    /// Throws a field error on <paramref name="field"/> when the text holds a national identity number, or when it may name a
    /// person and the author has not acknowledged that warning. Nothing is written before this has passed.
    /// </summary>
    public static void Ensure(string field, string? text, bool nameWarningAcknowledged, IEnumerable<string>? knownNonNames = null)
    {
        if (NationalIdentityNumber.FindIn(text).Count > 0)
            throw Refusal(field, NavLederprogramErrorCodes.CaseHasNationalIdentityNumber);
        if (!nameWarningAcknowledged && PossibleNames(text, knownNonNames).FirstOrDefault() is { } name)
            throw Refusal(field, NavLederprogramErrorCodes.CaseMayNameAPerson, name);
    }

    /// <summary>Runs of two or three capitalised words that are not at the start of a sentence and not known non-names.</summary>
    public static IReadOnlyList<string> PossibleNames(string? text, IEnumerable<string>? knownNonNames = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var exceptions = knownNonNames is null ? NotNames : [.. NotNames, .. knownNonNames.SelectMany(n => n.Split(' ', '-'))];
        var names = new List<string>();
        var run = new List<Match>();
        void Close()
        {
            // The first word of a sentence is capitalised anyway: it does not count towards a name.
            if (run.Count > 0 && AtSentenceStart(text, run[0].Index)) run.RemoveAt(0);
            if (run.Count is 2 or 3) names.Add(string.Join(' ', run.Select(m => m.Value)));
            run.Clear();
        }
        foreach (Match word in CapitalisedWord().Matches(text))
        {
            var whole = IsWholeWord(text, word);
            if (!whole || exceptions.Contains(word.Value))
            {
                Close();
                continue;
            }
            if (run.Count > 0 && !OnlySpaceBetween(text, run[^1], word)) Close();
            run.Add(word);
        }
        Close();
        return names;
    }

    private static bool IsWholeWord(string text, Match word) =>
        (word.Index == 0 || !char.IsLetterOrDigit(text[word.Index - 1]))
        && (word.Index + word.Length == text.Length || !char.IsLetterOrDigit(text[word.Index + word.Length]));

    private static bool OnlySpaceBetween(string text, Match previous, Match next)
    {
        var between = text.AsSpan(previous.Index + previous.Length, next.Index - previous.Index - previous.Length);
        return between.Length is > 0 and <= 2 && between.Trim(' ').IsEmpty;
    }

    private static bool AtSentenceStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '"' or '«' or '(' or '\u00A0') continue;
            return c is '.' or '!' or '?' or ':' or '\n' or '\r' or '-' or '–';
        }
        return true;
    }

    // Its own code rather than a generic validation failure, so that the form can tell a name warning it may override.
    private static BusinessException Refusal(string field, string code, params object?[] args) => new(code, args) { Field = field };
}
