/*
 * dicom_series_info: prints how ITK 5.2 reads a DICOM series folder with GDCM, as one JSON object.
 *
 *   dicom_series_info DIR [SERIES_UID]
 *
 * Keys: seriesIds (every Series Instance UID GDCM finds in DIR, in its order, separated by spaces), uid (the series read:
 * SERIES_UID, else the first), files (its slice count), size, spacing, origin, direction (row-major,
 * column j = direction of axis j; LPS), sum (of the voxels read as double). The reading is
 * itk::GDCMSeriesFileNames + itk::ImageSeriesReader<itk::Image<double, 3>> + itk::GDCMImageIO, the
 * classes SimpleITK's ImageSeriesReader uses.
 */
#include "itkGDCMImageIO.h"
#include "itkGDCMSeriesFileNames.h"
#include "itkImage.h"
#include "itkImageRegionConstIterator.h"
#include "itkImageSeriesReader.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char * argv[])
{
  if (argc < 2)
  {
    std::cerr << "usage: dicom_series_info DIR [SERIES_UID]" << std::endl;
    return 2;
  }
  using ImageType = itk::Image<double, 3>;
  try
  {
    auto names = itk::GDCMSeriesFileNames::New();
    names->SetUseSeriesDetails(false);
    names->SetDirectory(argv[1]);
    const std::vector<std::string> & ids = names->GetSeriesUIDs();
    if (ids.empty())
    {
      std::cerr << "dicom_series_info: no DICOM series in " << argv[1] << std::endl;
      return 1;
    }
    std::string uid = argc > 2 ? argv[2] : ids.front();
    std::vector<std::string> files = names->GetFileNames(uid);
    auto reader = itk::ImageSeriesReader<ImageType>::New();
    reader->SetImageIO(itk::GDCMImageIO::New());
    reader->SetFileNames(files);
    reader->Update();
    ImageType::Pointer image = reader->GetOutput();
    double sum = 0;
    for (itk::ImageRegionConstIterator<ImageType> it(image, image->GetLargestPossibleRegion()); !it.IsAtEnd(); ++it)
    {
      sum += it.Get();
    }
    std::printf("{\"seriesIds\":\"");
    for (size_t i = 0; i < ids.size(); ++i)
    {
      std::printf("%s%s", i ? " " : "", ids[i].c_str());
    }
    std::printf("\",\"uid\":\"%s\",\"files\":%zu,\"size\":[", uid.c_str(), files.size());
    for (unsigned d = 0; d < 3; ++d)
      std::printf("%s%lu", d ? "," : "", static_cast<unsigned long>(image->GetLargestPossibleRegion().GetSize()[d]));
    std::printf("],\"spacing\":[");
    for (unsigned d = 0; d < 3; ++d)
      std::printf("%s%.17g", d ? "," : "", image->GetSpacing()[d]);
    std::printf("],\"origin\":[");
    for (unsigned d = 0; d < 3; ++d)
      std::printf("%s%.17g", d ? "," : "", image->GetOrigin()[d]);
    std::printf("],\"direction\":[");
    for (unsigned r = 0; r < 3; ++r)
      for (unsigned c = 0; c < 3; ++c)
        std::printf("%s%.17g", r + c ? "," : "", image->GetDirection()[r][c]);
    std::printf("],\"sum\":%.17g}\n", sum);
  }
  catch (const itk::ExceptionObject & e)
  {
    std::cerr << "dicom_series_info: " << e.GetDescription() << std::endl;
    return 1;
  }
  return 0;
}
