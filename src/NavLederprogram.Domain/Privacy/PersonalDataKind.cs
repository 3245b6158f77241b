namespace NavLederprogram.Privacy;

/// <summary>
/// One kind of personal data a module stores. Its name and purpose are the texts <c>PersonalData:Kind.{Key}</c> and
/// <c>PersonalData:Purpose.{Key}</c>; <paramref name="RetentionRule"/> names the <c>PersonalData:Retention</c> entry that keeps it
/// as a record after an erasure, or is null when an erasure removes it at once.
/// </summary>
public sealed record PersonalDataKind(string Key, PersonalDataBasis Basis, string? RetentionRule = null);
