using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>
/// The certificate of a completed course: who completed which course version and when, fixed at completion, with a code
/// anyone can verify on the same page as the programme's kursbevis.
/// </summary>
public class CourseCertificate : AuditedAggregateRoot
{
    public Guid EnrolmentId { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid CourseId { get; private set; }
    public Guid CourseVersionId { get; private set; }
    public string PersonName { get; private set; } = "";
    public TranslatedText CourseTitle { get; private set; } = TranslatedText.Empty;
    public DateOnly CompletedOn { get; private set; }
    public string VerificationCode { get; private set; } = "";

    private CourseCertificate() { }

    public CourseCertificate(Guid id, CourseEnrolment enrolment, CourseVersion version, string personName, DateOnly completedOn, string verificationCode)
        : base(id)
    {
        if (!enrolment.IsCompleted || enrolment.CourseVersionId != version.Id)
            throw new BusinessException(NavLederprogramErrorCodes.CourseNotCompleted) { IsConflict = true };
        EnrolmentId = enrolment.Id;
        PersonId = enrolment.PersonId;
        CourseId = enrolment.CourseId;
        CourseVersionId = version.Id;
        PersonName = personName;
        CourseTitle = version.Title;
        CompletedOn = completedOn;
        VerificationCode = verificationCode;
    }

    /// <summary>
    /// Twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L), grouped for reading aloud: XXXX-XXXX-XXXX —
    /// the form of the kursbevis's code, so that one verification page reads both.
    /// </summary>
    public static string NewVerificationCode()
    {
        const string alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        var chars = System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(alphabet, 12);
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}";
    }
}
