namespace NavLederprogram.ELearning;

/// <summary>Course certificates as the public certificate verification reads them.</summary>
[ModuleContract]
public interface ICourseCertificateQueries
{
    /// <summary>The certificate with this code (in its stored form, XXXX-XXXX-XXXX), or null.</summary>
    Task<CourseCertificateCard?> FindByCodeAsync(string verificationCode, CancellationToken ct = default);
}
