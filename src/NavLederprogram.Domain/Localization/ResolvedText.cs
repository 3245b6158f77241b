namespace NavLederprogram.Localization;

/// <param name="Text">What to show.</param>
/// <param name="Language">The language <paramref name="Text"/> is written in: nb, nn or en.</param>
/// <param name="IsFallback">The reader asked for another language, which this text has no translation into.</param>
public readonly record struct ResolvedText(string Text, string Language, bool IsFallback);
