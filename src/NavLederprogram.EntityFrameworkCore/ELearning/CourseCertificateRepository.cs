using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public sealed class CourseCertificateRepository(NavLederprogramDbContext db) : ICourseCertificateRepository, ICourseCertificateQueries
{
    public Task<CourseCertificate?> FindByEnrolmentAsync(Guid enrolmentId, CancellationToken ct = default) =>
        db.Set<CourseCertificate>().AsNoTracking().FirstOrDefaultAsync(c => c.EnrolmentId == enrolmentId, ct);

    public Task<CourseCertificate?> FindByCodeAsync(string verificationCode, CancellationToken ct = default) =>
        db.Set<CourseCertificate>().AsNoTracking().FirstOrDefaultAsync(c => c.VerificationCode == verificationCode, ct);

    async Task<CourseCertificateCard?> ICourseCertificateQueries.FindByCodeAsync(string verificationCode, CancellationToken ct) =>
        await FindByCodeAsync(verificationCode, ct) is { } c ? new CourseCertificateCard(c.PersonName, c.CourseTitle, c.CompletedOn, c.VerificationCode) : null;

    public async Task InsertAsync(CourseCertificate certificate, CancellationToken ct = default) => await db.AddAsync(certificate, ct);
}
