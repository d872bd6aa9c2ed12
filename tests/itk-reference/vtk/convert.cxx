/*
 * convert: reads an image with ITK 5.2 (VTK legacy, NIfTI, MetaImage, NRRD), prints ITK's reading
 * as one JSON object (the keys of image_info: size, spacing, origin, direction row-major with column
 * j = direction of axis j, pixelType, components, itkComponentType, itkPixelType, elements, sum,
 * fnv1a64) and optionally writes it to another file with ITK.
 *
 *   convert IN [OUT] [--ascii] [--rgb] [--dump RAW]
 *
 * OUT's extension chooses ITK's writer (.vtk: itk::VTKImageIO, binary big-endian unless --ascii).
 * --rgb marks a 3/4-component image as RGB/RGBA (VTKImageIO then writes uchar data as
 * COLOR_SCALARS); otherwise the pixel type ITK read is kept. --dump writes the voxel buffer exactly
 * as ITK delivers it (little-endian on this machine) to RAW. image_info (../image_info.cxx) has no
 * VTK reader; this program is its VTK counterpart for the org.segsense.image.vtk tests.
 */
#include "itkImageIOBase.h"
#include "itkImageIOFactory.h"
#include "itkMetaImageIOFactory.h"
#include "itkNiftiImageIOFactory.h"
#include "itkNrrdImageIOFactory.h"
#include "itkVTKImageIOFactory.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace
{
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
} // namespace

int main(int argc, char * argv[])
{
  const char * in = nullptr;
  const char * out = nullptr;
  const char * dump = nullptr;
  bool         ascii = false;
  bool         rgb = false;
  for (int i = 1; i < argc; ++i)
  {
    if (std::strcmp(argv[i], "--ascii") == 0)
      ascii = true;
    else if (std::strcmp(argv[i], "--rgb") == 0)
      rgb = true;
    else if (std::strcmp(argv[i], "--dump") == 0 && i + 1 < argc)
      dump = argv[++i];
    else if (!in)
      in = argv[i];
    else if (!out)
      out = argv[i];
    else
      in = nullptr, i = argc;
  }
  if (!in)
  {
    std::cerr << "usage: convert IN [OUT] [--ascii] [--rgb] [--dump RAW]" << std::endl;
    return 2;
  }
  // Static linking of the Debian ITK needs the factories registered explicitly.
  itk::VTKImageIOFactory::RegisterOneFactory();
  itk::NiftiImageIOFactory::RegisterOneFactory();
  itk::MetaImageIOFactory::RegisterOneFactory();
  itk::NrrdImageIOFactory::RegisterOneFactory();
  try
  {
    itk::ImageIOBase::Pointer io = itk::ImageIOFactory::CreateImageIO(in, itk::ImageIOFactory::IOFileModeEnum::ReadMode);
    if (io.IsNull())
    {
      std::cerr << "convert: no ITK ImageIO can read " << in << std::endl;
      return 1;
    }
    io->SetFileName(in);
    io->ReadImageInformation();
    const unsigned int d = io->GetNumberOfDimensions();
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
    std::cout << "],\"spacing\":[";
    for (unsigned int i = 0; i < d; ++i)
    {
      std::cout << (i ? "," : "");
      PrintNumber(io->GetSpacing(i));
    }
    std::cout << "],\"origin\":[";
    for (unsigned int i = 0; i < d; ++i)
    {
      std::cout << (i ? "," : "");
      PrintNumber(io->GetOrigin(i));
    }
    std::cout << "],\"direction\":[";
    for (unsigned int row = 0; row < d; ++row)
      for (unsigned int col = 0; col < d; ++col)
      {
        std::cout << (row || col ? "," : "");
        PrintNumber(io->GetDirection(col)[row]);
      }
    std::cout << "],\"pixelType\":\"" << JsonName(io->GetComponentType()) << "\""
              << ",\"components\":" << io->GetNumberOfComponents()
              << ",\"itkComponentType\":\"" << io->GetComponentTypeAsString(io->GetComponentType()) << "\""
              << ",\"itkPixelType\":\"" << io->GetPixelTypeAsString(io->GetPixelType()) << "\""
              << ",\"elements\":" << elements << ",\"sum\":";
    PrintNumber(Sum(io->GetComponentType(), buffer.data(), elements));
    std::cout << ",\"fnv1a64\":\"" << std::hex << hash << std::dec << "\"}" << std::endl;

    if (dump)
    {
      std::ofstream raw(dump, std::ios::binary);
      raw.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      if (!raw)
      {
        std::cerr << "convert: cannot write " << dump << std::endl;
        return 1;
      }
    }
    if (out)
    {
      itk::ImageIOBase::Pointer w = itk::ImageIOFactory::CreateImageIO(out, itk::ImageIOFactory::IOFileModeEnum::WriteMode);
      if (w.IsNull())
      {
        std::cerr << "convert: no ITK ImageIO can write " << out << std::endl;
        return 1;
      }
      w->SetNumberOfDimensions(d);
      for (unsigned int i = 0; i < d; ++i)
      {
        w->SetDimensions(i, io->GetDimensions(i));
        w->SetSpacing(i, io->GetSpacing(i));
        w->SetOrigin(i, io->GetOrigin(i));
        w->SetDirection(i, io->GetDirection(i));
      }
      w->SetComponentType(io->GetComponentType());
      w->SetNumberOfComponents(io->GetNumberOfComponents());
      w->SetPixelType(io->GetPixelType());
      if (rgb && io->GetNumberOfComponents() == 3)
        w->SetPixelType(itk::IOPixelEnum::RGB);
      else if (rgb && io->GetNumberOfComponents() == 4)
        w->SetPixelType(itk::IOPixelEnum::RGBA);
      if (ascii)
        w->SetFileTypeToASCII();
      else
        w->SetFileTypeToBinary();
      w->SetFileName(out);
      w->SetIORegion(region);
      w->Write(buffer.data());
    }
  }
  catch (const itk::ExceptionObject & e)
  {
    std::cerr << "convert: ITK cannot convert " << in << ": " << e.GetDescription() << std::endl;
    return 1;
  }
  return 0;
}
