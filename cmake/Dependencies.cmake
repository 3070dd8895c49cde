# Every third-party dependency, found once. All come from Debian 12 packages
# (scripts/setup-debian.sh installs them).
find_package(Threads REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(Eigen3 REQUIRED NO_MODULE)

# Snowball stemmer (libstemmer-dev) ships no CMake package.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(Snowball::stemmer UNKNOWN IMPORTED)
set_target_properties(Snowball::stemmer PROPERTIES
  IMPORTED_LOCATION ${STEMMER_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${STEMMER_INCLUDE_DIR})

# faiss's CMake package needs OpenMP found first.
find_package(OpenMP REQUIRED)
find_package(faiss REQUIRED)
find_package(Torch REQUIRED)

if(KINDRED_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()

if(KINDRED_BUILD_GUI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Charts DataVisualization
    Concurrent Test LinguistTools Svg)
  qt_standard_project_setup()
endif()
