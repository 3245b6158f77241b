namespace NavLederprogram.PersonalData;

/// <summary>Everything held about a person, per module: the machine-readable export (GDPR art. 15 and 20).</summary>
public sealed record PersonalDataExportDto(DateTime ExportedAt, PersonalDataSubjectDto Subject, IReadOnlyList<PersonalDataSectionDto> Sections);
