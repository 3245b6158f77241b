namespace NavLederprogram.ELearning;

public sealed record CourseCertificatePdfFile(byte[] Content, string ContentType, string FileName);
