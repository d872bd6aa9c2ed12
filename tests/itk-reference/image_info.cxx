/*
 * image_info: prints how ITK 5.2 reads an image file, as one JSON object.
 *
 *   image_info FILE [--dump RAW]
 *
 * Output keys follow SegSense's `image info` JSON (size, spacing, origin, direction row-major with
 * column j = direction of axis j, pixelType, components) plus ITK's own names (itkComponentType,
 * itkPixelType), the number of voxel elements, their sum and an FNV-1a 64-bit hash of the pixel
 * buffer exactly as ITK delivers it (little-endian on this machine). With --dump the buffer is also
 * written to RAW so that a test can compare every voxel.
 *
 * The program uses the ImageIO layer directly (itk::ImageIOFactory), which is what
 * itk::ImageFileReader consults, so no pixel type has to be chosen at compile time; the NIfTI
 * scl_slope/scl_inter rescaling happens inside ImageIO::Read and is therefore included.
 *
 * Geometry: for 2- to 4-D images, spacing, origin and direction are those of the image that
 * itk::ImageFileReader produces (its UpdateOutputInformation, run on the same file), because the
 * reader changes what the ImageIO reports: a negative spacing (e.g. a NIfTI pixdim < 0) becomes
 * positive and that axis' direction column is negated. The ImageIO's own values are printed as
 * ioSpacing and ioDirection; geometryFrom says which of the two the geometry keys hold.
 */
#include "itkImageFileReader.h"
#include "itkImageIOBase.h"
#include "itkImageIOFactory.h"
#include "itkMetaImageIOFactory.h"
#include "itkNiftiImageIOFactory.h"
#include "itkNrrdImageIOFactory.h"
#include "itkPNGImageIOFactory.h"
#include "itkVectorImage.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace
{
/** Maps ITK's component type to SegSense's pixelType name. */
std::string JsonName(itk::IOComponentEnum t)
{
  switch (t)
  {
    case itk::IOComponentEnum::UCHAR: return "uint8";
    case itk::IOComponentEnum::CHAR: return "int8";
    case itk::IOComponentEnum::USHORT: return "uint16";
    case itk::IOComponentEnum::SHORT: return "int16";
    case itk::IOComponentEnum::UINT: return "uint32";
    case itk::IOComponentEnum::INT: return "int32";
    case itk::IOComponentEnum::ULONG:
    case itk::IOComponentEnum::ULONGLONG: return "uint64";
    case itk::IOComponentEnum::LONG:
    case itk::IOComponentEnum::LONGLONG: return "int64";
    case itk::IOComponentEnum::FLOAT: return "float32";
    case itk::IOComponentEnum::DOUBLE: return "float64";
    default: return "unknown";
  }
}

/** Adds every element of the buffer, read as component type T, to a double. */
template <typename T>
double SumAs(const char * buffer, size_t count)
{
  const T * p = reinterpret_cast<const T *>(buffer);
  double    sum = 0.0;
  for (size_t i = 0; i < count; ++i)
  {
    sum += static_cast<double>(p[i]);
  }
  return sum;
}

double Sum(itk::IOComponentEnum t, const char * buffer, size_t count)
{
  switch (t)
  {
    case itk::IOComponentEnum::UCHAR: return SumAs<unsigned char>(buffer, count);
    case itk::IOComponentEnum::CHAR: return SumAs<signed char>(buffer, count);
    case itk::IOComponentEnum::USHORT: return SumAs<unsigned short>(buffer, count);
    case itk::IOComponentEnum::SHORT: return SumAs<short>(buffer, count);
    case itk::IOComponentEnum::UINT: return SumAs<unsigned int>(buffer, count);
    case itk::IOComponentEnum::INT: return SumAs<int>(buffer, count);
    case itk::IOComponentEnum::ULONG: return SumAs<unsigned long>(buffer, count);
    case itk::IOComponentEnum::LONG: return SumAs<long>(buffer, count);
    case itk::IOComponentEnum::ULONGLONG: return SumAs<unsigned long long>(buffer, count);
    case itk::IOComponentEnum::LONGLONG: return SumAs<long long>(buffer, count);
    case itk::IOComponentEnum::FLOAT: return SumAs<float>(buffer, count);
    case itk::IOComponentEnum::DOUBLE: return SumAs<double>(buffer, count);
    default: return 0.0;
  }
}

void PrintNumber(double v)
{
  char text[64];
  std::snprintf(text, sizeof(text), "%.17g", v);
  std::cout << text;
}

/** Spacing, origin and direction (row-major) of an image. */
struct Geometry
{
  std::vector<double> spacing, origin, direction;
};

/** The geometry itk::ImageFileReader gives a D-dimensional image of the file (header only). */
template <unsigned int D>
Geometry ReaderGeometry(const char * file)
{
  using ImageType = itk::VectorImage<float, D>;
  auto reader = itk::ImageFileReader<ImageType>::New();
  reader->SetFileName(file);
  reader->UpdateOutputInformation();
  const ImageType * image = reader->GetOutput();
  Geometry g;
  for (unsigned int i = 0; i < D; ++i)
  {
    g.spacing.push_back(image->GetSpacing()[i]);
    g.origin.push_back(image->GetOrigin()[i]);
  }
  for (unsigned int row = 0; row < D; ++row)
    for (unsigned int col = 0; col < D; ++col)
      g.direction.push_back(image->GetDirection()[row][col]);
  return g;
}

void PrintArray(const char * key, const std::vector<double> & values)
{
  std::cout << ",\"" << key << "\":[";
  for (size_t i = 0; i < values.size(); ++i)
  {
    std::cout << (i ? "," : "");
    PrintNumber(values[i]);
  }
  std::cout << "]";
}
} // namespace

int main(int argc, char * argv[])
{
  if (argc != 2 && !(argc == 4 && std::strcmp(argv[2], "--dump") == 0))
  {
    std::cerr << "usage: image_info FILE [--dump RAW]" << std::endl;
    return 2;
  }
  // Static linking of the Debian ITK needs the factories registered explicitly.
  itk::NiftiImageIOFactory::RegisterOneFactory();
  itk::MetaImageIOFactory::RegisterOneFactory();
  itk::NrrdImageIOFactory::RegisterOneFactory();
  itk::PNGImageIOFactory::RegisterOneFactory();
  try
  {
    itk::ImageIOBase::Pointer io =
      itk::ImageIOFactory::CreateImageIO(argv[1], itk::ImageIOFactory::IOFileModeEnum::ReadMode);
    if (io.IsNull())
    {
      std::cerr << "image_info: no ITK ImageIO can read " << argv[1] << std::endl;
      return 1;
    }
    io->SetFileName(argv[1]);
    io->ReadImageInformation();
    const unsigned int d = io->GetNumberOfDimensions();
    // The geometry first: ImageIO::Read overruns the buffer of some files (NIfTI vectors with
    // scl_slope), and nothing may allocate after that before the header has been printed.
    Geometry io_geometry;
    for (unsigned int i = 0; i < d; ++i)
    {
      io_geometry.spacing.push_back(io->GetSpacing(i));
      io_geometry.origin.push_back(io->GetOrigin(i));
    }
    for (unsigned int row = 0; row < d; ++row)
      for (unsigned int col = 0; col < d; ++col)
        io_geometry.direction.push_back(io->GetDirection(col)[row]); // GetDirection(axis) is the column of that axis
    const bool use_reader = d >= 2 && d <= 4;
    const Geometry geometry = d == 2   ? ReaderGeometry<2>(argv[1])
                              : d == 3 ? ReaderGeometry<3>(argv[1])
                              : d == 4 ? ReaderGeometry<4>(argv[1])
                                       : io_geometry;
    std::vector<char>  buffer(io->GetImageSizeInBytes());
    itk::ImageIORegion region(d);
    for (unsigned int i = 0; i < d; ++i)
    {
      region.SetSize(i, io->GetDimensions(i));
      region.SetIndex(i, 0);
    }
    io->SetIORegion(region);
    io->Read(buffer.data());

    std::uint64_t hash = 1469598103934665603ULL;
    for (char c : buffer)
    {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ULL;
    }
    const size_t elements = io->GetImageSizeInComponents();


    std::cout << "{\"size\":[";
    for (unsigned int i = 0; i < d; ++i)
      std::cout << (i ? "," : "") << io->GetDimensions(i);
    std::cout << "]";
    PrintArray("spacing", geometry.spacing);
    PrintArray("origin", geometry.origin);
    PrintArray("direction", geometry.direction);
    PrintArray("ioSpacing", io_geometry.spacing);
    PrintArray("ioDirection", io_geometry.direction);
    std::cout << ",\"geometryFrom\":\"" << (use_reader ? "ImageFileReader" : "ImageIO") << "\"";
    std::cout << ",\"pixelType\":\"" << JsonName(io->GetComponentType()) << "\""
              << ",\"components\":" << io->GetNumberOfComponents()
              << ",\"itkComponentType\":\"" << io->GetComponentTypeAsString(io->GetComponentType()) << "\""
              << ",\"itkPixelType\":\"" << io->GetPixelTypeAsString(io->GetPixelType()) << "\""
              << ",\"elements\":" << elements << ",\"sum\":";
    PrintNumber(Sum(io->GetComponentType(), buffer.data(), elements));
    std::cout << ",\"fnv1a64\":\"" << std::hex << hash << std::dec << "\"}" << std::endl;

    if (argc == 4)
    {
      std::ofstream out(argv[3], std::ios::binary);
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      if (!out)
      {
        std::cerr << "image_info: cannot write " << argv[3] << std::endl;
        return 1;
      }
    }
  }
  catch (const itk::ExceptionObject & e)
  {
    std::cerr << "image_info: ITK cannot read " << argv[1] << ": " << e.GetDescription() << std::endl;
    return 1;
  }
  return 0;
}
