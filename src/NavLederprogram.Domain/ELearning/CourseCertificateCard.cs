using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>What the public verification of a course certificate shows: the facts fixed when it was issued.</summary>
[ModuleContract]
public sealed record CourseCertificateCard(string PersonName, TranslatedText CourseTitle, DateOnly CompletedOn, string VerificationCode);
