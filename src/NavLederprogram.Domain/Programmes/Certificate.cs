using NavLederprogram.Competence;
using NavLederprogram.Entities;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Programmes;

/// <summary>Kursbevis: what a participant completed, fixed at issue, with a code anyone can verify.</summary>
public class Certificate : AuditedAggregateRoot
{
    public Guid EnrolmentId { get; private set; }
    public Guid PersonId { get; private set; }
    public string PersonName { get; private set; } = "";
    public string ProgrammeName { get; private set; } = "";
    public string CohortName { get; private set; } = "";
    public DateOnly CohortStartsOn { get; private set; }
    public DateOnly CompletedOn { get; private set; }
    public List<string> ModuleTitles { get; private set; } = [];
    public string VerificationCode { get; private set; } = "";

    private Certificate() { }

    public Certificate(Guid id, Enrolment enrolment, string personName, ProgrammeVersion version, Cohort cohort, string verificationCode) : base(id)
    {
        EnrolmentId = enrolment.Id;
        PersonId = enrolment.PersonId;
        PersonName = personName;
        ProgrammeName = version.Name.Nb;
        CohortName = cohort.Name;
        CohortStartsOn = cohort.StartsOn;
        CompletedOn = enrolment.CompletedOn ?? throw new BusinessException(NavLederprogramErrorCodes.NoCertificate) { IsConflict = true };
        ModuleTitles = version.Modules.Select(m => m.Title.Nb).ToList();
        VerificationCode = verificationCode;
        AddDomainEvent(new CertificateIssued(Id, PersonId, ProgrammeName, CohortName));
    }

    /// <summary>Twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L), grouped for reading aloud: XXXX-XXXX-XXXX.</summary>
    public static string NewVerificationCode()
    {
        const string alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        var chars = System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(alphabet, 12);
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}";
    }
}
