namespace NavLederprogram.ELearning;

/// <summary>
/// Reads at most <c>limit</c> bytes of a stream and throws what <c>tooLarge</c> makes when there are more; a corrupt
/// deflate stream is reported as a corrupt zip. Guards unpacking against entries whose declared size is a lie.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long limit, Func<Exception> tooLarge) : Stream
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Count(Guard(() => inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Count(await inner.ReadAsync(buffer, cancellationToken));
        }
        catch (InvalidDataException)
        {
            throw new BusinessException(NavLederprogramErrorCodes.ScormNotAZip) { Field = "file" };
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private static int Guard(Func<int> read)
    {
        try
        {
            return read();
        }
        catch (InvalidDataException)
        {
            throw new BusinessException(NavLederprogramErrorCodes.ScormNotAZip) { Field = "file" };
        }
    }

    private int Count(int read)
    {
        BytesRead += read;
        if (BytesRead > limit) throw tooLarge();
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
