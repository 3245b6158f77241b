namespace NavLederprogram.PersonalData;

public sealed record PersonalDataFile(byte[] Content, string ContentType, string FileName);
