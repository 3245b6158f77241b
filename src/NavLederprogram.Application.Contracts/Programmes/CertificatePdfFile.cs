namespace NavLederprogram.Programmes;

public sealed record CertificatePdfFile(byte[] Content, string ContentType, string FileName);
