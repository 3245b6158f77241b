using NavLederprogram.Data;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Validation;

namespace NavLederprogram.Programmes;

/// <summary>
/// Saves progress and draws its consequences: completed modules grant their evidence, and the last completed module
/// completes the programme and issues the certificate.
/// </summary>
public sealed class ProgressRecorder(ICertificateRepository certificates, IPersonDirectory people, TimeProvider clock, IUnitOfWork unitOfWork)
{
    public async Task SaveAsync(Enrolment enrolment, Cohort cohort, ProgrammeVersion version, CancellationToken ct)
    {
        if (enrolment.EvaluateCompletion(version, cohort, OsloTime.Today(clock)) && await certificates.FindByEnrolmentAsync(enrolment.Id, ct) is null)
        {
            var person = await people.FindAsync(enrolment.PersonId, ct);
            await certificates.InsertAsync(new Certificate(Guid.CreateVersion7(), enrolment, person?.FullName ?? "", version, cohort, Certificate.NewVerificationCode()), ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
    }
}
