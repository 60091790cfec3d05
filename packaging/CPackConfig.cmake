# `cpack -G DEB` in the build folder makes hocvuso_<version>_amd64.deb with
# the desktop app, the CLI, the server and its systemd unit.
set(CPACK_PACKAGE_NAME "hocvuso")
set(CPACK_PACKAGE_VENDOR "hocvuso")
set(CPACK_PACKAGE_CONTACT "hocvuso maintainers <hocvuso@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Binh dan hoc vu so: offline commune app and province sync server")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
# Let dpkg-shlibdeps find the Qt, SQLite, zstd and xlsxwriter runtime packages.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")

install(FILES ${CMAKE_CURRENT_LIST_DIR}/hocvuso-server.service DESTINATION lib/systemd/system)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/nginx-hocvuso.conf DESTINATION share/doc/hocvuso/examples)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/hocvuso.desktop DESTINATION share/applications)
include(CPack)
