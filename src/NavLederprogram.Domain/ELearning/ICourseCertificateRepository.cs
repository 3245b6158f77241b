namespace NavLederprogram.ELearning;

public interface ICourseCertificateRepository
{
    Task<CourseCertificate?> FindByEnrolmentAsync(Guid enrolmentId, CancellationToken ct = default);
    Task<CourseCertificate?> FindByCodeAsync(string verificationCode, CancellationToken ct = default);
    Task InsertAsync(CourseCertificate certificate, CancellationToken ct = default);
}
