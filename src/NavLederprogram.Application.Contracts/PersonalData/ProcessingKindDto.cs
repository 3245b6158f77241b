using NavLederprogram.Privacy;

namespace NavLederprogram.PersonalData;

/// <summary>One kind of personal data. <see cref="RetentionYears"/> is how long it is kept as a record after an erasure; 0 = erased at once.</summary>
public sealed record ProcessingKindDto(string Module, string Kind, PersonalDataBasis Basis, int RetentionYears);
